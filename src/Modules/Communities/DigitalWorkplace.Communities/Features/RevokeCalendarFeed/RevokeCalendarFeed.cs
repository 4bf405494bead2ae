using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities.Features.RevokeCalendarFeed;

/// <summary>The person's calendar address stops working at once (nothing happens when there was none).</summary>
internal sealed record RevokeCalendarFeed : ICommand<Result<Done>>, IAnyActivePersonRequest;

internal sealed class RevokeCalendarFeedHandler(CommunitiesDbContext db, ICurrentUser user, AuditTrail audit) : ICommandHandler<RevokeCalendarFeed, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RevokeCalendarFeed command, CancellationToken cancellationToken)
    {
        if (await db.CalendarFeeds.FirstOrDefaultAsync(f => f.PersonId == user.PersonId, cancellationToken) is { } feed)
        {
            db.CalendarFeeds.Remove(feed);
            audit.Record(db, "calendar-feed.revoked", new BuildingBlocks.Auditing.AuditSubject("person", user.PersonId.ToString(), null));
            await db.SaveChangesAsync(cancellationToken);
        }

        return Done.Value;
    }
}
