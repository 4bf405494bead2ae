using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Features.DeletePost;

/// <summary>
/// The author deletes their post: it is gone for every reader, search and feed at once, but kept — with its comments —
/// for the community's moderators (queue view Deleted), who may still need to see what was said. Deleting twice is a 404.
/// </summary>
internal sealed record DeletePost(Guid PostId) : ICommand<Result<Done>>;

internal sealed class DeletePostAuthorizer(FeedPolicy policy) : IAuthorizer<DeletePost>
{
    public async ValueTask<Error?> AuthorizeAsync(DeletePost message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.AuthorOfPostAsync(user, message.PostId, cancellationToken);
}

internal sealed class DeletePostHandler(FeedsDbContext db, Timelines timelines, TimeProvider clock) : ICommandHandler<DeletePost, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(DeletePost command, CancellationToken cancellationToken)
    {
        if (await db.Posts.SingleOrDefaultAsync(p => p.Id == command.PostId && p.Status == ContentStatus.Published, cancellationToken) is not { } post)
        {
            return FeedPolicy.PostNotFound;
        }

        post.Status = ContentStatus.Deleted;
        post.PinnedAt = null;
        var comments = await db.Comments.Where(c => c.PostId == post.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        db.Publish(new Contracts.ContentRemovedIntegrationEvent([post.Id], comments), clock);
        await db.SaveChangesAsync(cancellationToken);
        await timelines.PostsChangedAsync(post.CommunityId, cancellationToken);
        return Done.Value;
    }
}
