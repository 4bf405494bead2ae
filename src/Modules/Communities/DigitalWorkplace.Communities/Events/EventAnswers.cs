using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities.Events;

/// <summary>
/// Someone stops being a member (leaves, is removed or banned, leaves the audience or the guest scope): their answers to
/// the community's coming events go in the same unit of work — no reminder reaches them, no seat stays taken — and for
/// each seat they held, the one waiting longest comes and is told. The caller saves.
/// </summary>
internal sealed class EventAnswers(CommunitiesDbContext db, TimeProvider clock)
{
    public async Task ForgetAsync(Guid communityId, Guid personId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var answers = await db.Rsvps
            .Where(r => r.PersonId == personId && db.Events.Any(e => e.Id == r.EventId && e.CommunityId == communityId && e.EndsAt > now))
            .ToListAsync(cancellationToken);
        foreach (var answer in answers)
        {
            db.Rsvps.Remove(answer);
            if (answer is { Response: RsvpResponse.Yes, Waitlisted: false })
            {
                await GiveSeatAsync(answer.EventId, personId, cancellationToken);
            }
        }
    }

    /// <summary>The seat someone coming gave up goes to the one waiting longest (not <paramref name="leaving"/>), who is told.</summary>
    public async Task GiveSeatAsync(Guid eventId, Guid leaving, CancellationToken cancellationToken)
    {
        var next = await db.Rsvps.Where(r => r.EventId == eventId && r.Response == RsvpResponse.Yes && r.Waitlisted && r.PersonId != leaving)
            .OrderBy(r => r.RespondedAt).ThenBy(r => r.PersonId).FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            return;
        }

        var e = await db.Events.AsNoTracking().FirstAsync(x => x.Id == eventId, cancellationToken);
        next.Waitlisted = false;
        db.Publish(new EventSpotGivenIntegrationEvent(e.Id, e.Title, e.StartsAt, next.PersonId), clock);
    }
}
