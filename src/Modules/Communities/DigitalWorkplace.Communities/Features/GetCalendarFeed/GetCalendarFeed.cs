using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities.Features.GetCalendarFeed;

/// <summary>Since when the person's calendar address works, or null without one (the address itself is never shown again).</summary>
internal sealed record GetCalendarFeed : IQuery<Result<DateTimeOffset?>>, IAnyActivePersonRequest;

internal sealed class GetCalendarFeedHandler(CommunitiesDbContext db, ICurrentUser user) : IQueryHandler<GetCalendarFeed, Result<DateTimeOffset?>>
{
    public async ValueTask<Result<DateTimeOffset?>> Handle(GetCalendarFeed query, CancellationToken cancellationToken) =>
        await db.CalendarFeeds.AsNoTracking().Where(f => f.PersonId == user.PersonId).Select(f => (DateTimeOffset?)f.CreatedAt).FirstOrDefaultAsync(cancellationToken);
}
