using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Features.PinPost;

/// <summary>
/// An owner or moderator pins a post at the top of their community's page (the one pinned before is unpinned: one
/// pinned post a community), or unpins it. Readers who are not moderators get 403 <c>moderation.moderators_only</c>.
/// </summary>
internal sealed record PinPost(Guid PostId, bool Pinned) : ICommand<Result<Done>>;

internal sealed class PinPostAuthorizer(FeedsDbContext db, FeedPolicy policy) : IAuthorizer<PinPost>
{
    public async ValueTask<Error?> AuthorizeAsync(PinPost message, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (await policy.ReadPostAsync(user.PersonId, message.PostId, cancellationToken) is { } unreadable)
        {
            return unreadable;
        }

        var communityId = await db.Posts.Where(p => p.Id == message.PostId).Select(p => (Guid?)p.CommunityId).SingleOrDefaultAsync(cancellationToken);
        return communityId is { } id ? await policy.ModerateCommunityAsync(user, id, cancellationToken) : FeedPolicy.PostNotFound;
    }
}

internal sealed class PinPostHandler(FeedsDbContext db, Timelines timelines, TimeProvider clock) : ICommandHandler<PinPost, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(PinPost command, CancellationToken cancellationToken)
    {
        if (await db.Posts.SingleOrDefaultAsync(p => p.Id == command.PostId && p.Status == ContentStatus.Published, cancellationToken) is not { } post)
        {
            return FeedPolicy.PostNotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Posts.Where(p => p.CommunityId == post.CommunityId && p.PinnedAt != null && p.Id != post.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.PinnedAt, (DateTimeOffset?)null), cancellationToken);
        post.PinnedAt = command.Pinned ? post.PinnedAt ?? clock.GetUtcNow() : null;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await timelines.PostsChangedAsync(post.CommunityId, cancellationToken);
        return Done.Value;
    }
}
