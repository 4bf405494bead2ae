using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities.Events;

/// <summary>Events as a reader sees them: answers counted (one query for the whole list), the reader's own, whether they organise it.</summary>
internal sealed class EventViews(CommunitiesDbContext db, CommunityCache cache, CommunityPolicy policy, ICurrentUser user)
{
    public async Task<EventDto> ToDtoAsync(CommunityEvent e, CancellationToken cancellationToken) => (await ToDtosAsync([e], cancellationToken))[0];

    public async Task<IReadOnlyList<EventDto>> ToDtosAsync(IReadOnlyList<CommunityEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return [];
        }

        var ids = events.Select(e => e.Id).ToList();
        var counts = (await db.Rsvps.AsNoTracking().Where(r => ids.Contains(r.EventId))
                .GroupBy(r => new { r.EventId, r.Response, r.Waitlisted })
                .Select(g => new { g.Key.EventId, g.Key.Response, g.Key.Waitlisted, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.EventId);
        var mine = await db.Rsvps.AsNoTracking().Where(r => ids.Contains(r.EventId) && r.PersonId == user.PersonId)
            .ToDictionaryAsync(r => r.EventId, cancellationToken);
        var catalog = await cache.CatalogAsync(cancellationToken);
        var moderated = (await policy.ModeratedAsync(user.PersonId, cancellationToken)).ToHashSet();
        return [.. events.Select(e =>
        {
            var answers = counts[e.Id].ToList();
            int Count(RsvpResponse response, bool waitlisted) => answers.Where(a => a.Response == response && a.Waitlisted == waitlisted).Sum(a => a.Count);
            var my = mine.GetValueOrDefault(e.Id);
            return new EventDto(
                e.Id, e.CommunityId, catalog.TryGetValue(e.CommunityId, out var community) ? community.Name : "", e.SeriesId, e.Title, e.Description,
                e.StartsAt, e.EndsAt, e.TimeZone, e.Place, e.OnlineUrl, e.Capacity,
                Count(RsvpResponse.Yes, false), Count(RsvpResponse.Maybe, false), Count(RsvpResponse.Yes, true),
                my?.Response, my?.Waitlisted ?? false, user.IsAdministrator || moderated.Contains(e.CommunityId));
        })];
    }
}
