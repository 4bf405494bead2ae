using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Feeds.Scheduling;

namespace DigitalWorkplace.Feeds.Features.ListMyScheduledPosts;

/// <summary>My scheduled posts still to come, and those that could not be published (to fix and schedule again), soonest first.</summary>
internal sealed record ListMyScheduledPosts : IQuery<Result<IReadOnlyList<ScheduledPostDto>>>, IAnyActivePersonRequest;

internal sealed class ListMyScheduledPostsHandler(FeedsDbContext db, ICommunityDirectory communities, ICurrentUser user)
    : IQueryHandler<ListMyScheduledPosts, Result<IReadOnlyList<ScheduledPostDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ScheduledPostDto>>> Handle(ListMyScheduledPosts query, CancellationToken cancellationToken)
    {
        var mine = await db.ScheduledPosts.AsNoTracking()
            .Where(s => s.AuthorId == user.PersonId && s.Status != ScheduledPostStatus.Published)
            .OrderBy(s => s.PublishAt).Take(100).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<ScheduledPostDto>>.Success(await ScheduledPostViews.ToDtosAsync(mine, communities, cancellationToken));
    }
}
