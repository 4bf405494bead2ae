using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Features.CancelScheduledPost;

/// <summary>Its author cancels a scheduled post before it goes out (or clears a failed one); anyone else's is a 404.</summary>
internal sealed record CancelScheduledPost(Guid ScheduledPostId) : ICommand<Result<Done>>, IAnyActivePersonRequest;

internal sealed class CancelScheduledPostHandler(FeedsDbContext db, ICurrentUser user) : ICommandHandler<CancelScheduledPost, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(CancelScheduledPost command, CancellationToken cancellationToken) =>
        // One statement: one the scheduler has already claimed is no longer cancelled.
        await db.ScheduledPosts
            .Where(s => s.Id == command.ScheduledPostId && s.AuthorId == user.PersonId && (s.Status == ScheduledPostStatus.Waiting || s.Status == ScheduledPostStatus.Failed))
            .ExecuteDeleteAsync(cancellationToken) == 1
            ? Done.Value
            : Error.NotFound("scheduled_post.not_found");
}
