using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;
using DigitalWorkplace.Communities.Events;

namespace DigitalWorkplace.Communities.Features.CreateCalendarFeed;

/// <summary>
/// Makes the person's secret calendar address (a calendar app subscribes to it), replacing the previous one, which stops
/// at once. The address is answered this once: only its hash is kept.
/// </summary>
internal sealed record CreateCalendarFeed : ICommand<Result<string>>, IAnyActivePersonRequest;

internal sealed class CreateCalendarFeedHandler(CommunitiesDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<CreateCalendarFeed, Result<string>>
{
    public async ValueTask<Result<string>> Handle(CreateCalendarFeed command, CancellationToken cancellationToken)
    {
        var token = CalendarFeedTokens.New();
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.PersonId == user.PersonId, cancellationToken);
        if (feed is null)
        {
            db.CalendarFeeds.Add(new CalendarFeed { PersonId = user.PersonId, TokenHash = CalendarFeedTokens.Hash(token), CreatedAt = clock.GetUtcNow() });
        }
        else
        {
            feed.TokenHash = CalendarFeedTokens.Hash(token);
            feed.CreatedAt = clock.GetUtcNow();
        }

        audit.Record(db, "calendar-feed.created", new BuildingBlocks.Auditing.AuditSubject("person", user.PersonId.ToString(), null));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (feed is null)
        {
            // A double tap made the first one: this address replaces it, as a second click would.
            db.ChangeTracker.Clear();
            var made = await db.CalendarFeeds.FirstAsync(f => f.PersonId == user.PersonId, cancellationToken);
            made.TokenHash = CalendarFeedTokens.Hash(token);
            made.CreatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return CalendarFeedTokens.Path(token);
    }
}
