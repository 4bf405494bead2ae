using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Features;

/// <summary>
/// The one way tracks are assigned: to people who do not have them yet, due relative to each one's start date. Run by
/// the track's creation for its audiences' members, and by the event handler for whoever enters an audience later —
/// both may meet the same person at the same moment, so a lost race is read again, never duplicated.
/// </summary>
internal sealed class TrackAssignments(OnboardingDbContext db, IPeopleDirectory people, TimeProvider clock)
{
    /// <param name="startDates">Start dates already known (from the event); the others are asked of the directory.</param>
    public async Task AssignAsync(
        IReadOnlyList<Track> tracks, IReadOnlyList<Guid> personIds, CancellationToken cancellationToken, IReadOnlyDictionary<Guid, DateOnly?>? startDates = null)
    {
        if (tracks.Count == 0 || personIds.Count == 0)
        {
            return;
        }

        var unknown = personIds.Where(id => startDates is null || !startDates.ContainsKey(id)).ToList();
        var summaries = unknown.Count == 0 ? new Dictionary<Guid, PersonSummary>() : await people.GetManyAsync(unknown, cancellationToken);
        DateOnly? StartOf(Guid id) => startDates is not null && startDates.TryGetValue(id, out var start) ? start : summaries.GetValueOrDefault(id)?.StartDate;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var trackIds = tracks.Select(t => t.Id).ToList();
        var ids = personIds.ToList();
        for (var attempt = 1; ; attempt++)
        {
            var assigned = (await db.Assignments
                    .Where(a => trackIds.Contains(a.TrackId) && ids.Contains(a.PersonId))
                    .Select(a => new { a.TrackId, a.PersonId })
                    .ToListAsync(cancellationToken))
                .Select(a => (a.TrackId, a.PersonId))
                .ToHashSet();
            var added = (
                from track in tracks
                from personId in ids
                where !assigned.Contains((track.Id, personId))
                select new Assignment
                {
                    PersonId = personId,
                    TrackId = track.Id,
                    AssignedAt = clock.GetUtcNow(),
                    DueOn = track.DueOnFor(StartOf(personId), today),
                }).ToList();
            db.Assignments.AddRange(added);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                foreach (var assignment in added)
                {
                    db.Entry(assignment).State = EntityState.Detached;
                }
            }
        }
    }
}
