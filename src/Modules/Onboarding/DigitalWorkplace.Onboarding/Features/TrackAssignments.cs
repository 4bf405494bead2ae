using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Features;

/// <summary>
/// The one way tracks are assigned: to people who do not have them yet — in any version: whoever keeps an earlier
/// version finishes that one — due relative to each one's start date. Run by a track's publication for its audiences'
/// members, by hand, and by the event handler for whoever enters an audience later — all may meet the same person at
/// the same moment, so a lost race is read again, never duplicated.
/// </summary>
internal sealed class TrackAssignments(OnboardingDbContext db, IPeopleDirectory people, BuildingBlocks.Caching.ICacheInvalidation invalidation, TimeProvider clock)
{
    /// <summary>Every assignment (person, version, due date), cached for the managers' report; invalidated by every change of them.</summary>
    public const string AllKey = "onboarding.assignments";
    /// <param name="startDates">Start dates already known (from the event); the others are asked of the directory.</param>
    /// <returns>How many assignments were made now.</returns>
    public async Task<int> AssignAsync(
        IReadOnlyList<Track> tracks, IReadOnlyList<Guid> personIds, CancellationToken cancellationToken, IReadOnlyDictionary<Guid, DateOnly?>? startDates = null)
    {
        if (tracks.Count == 0 || personIds.Count == 0)
        {
            return 0;
        }

        var unknown = personIds.Where(id => startDates is null || !startDates.ContainsKey(id)).ToList();
        var summaries = unknown.Count == 0 ? new Dictionary<Guid, PersonSummary>() : await people.GetManyAsync(unknown, cancellationToken);
        DateOnly? StartOf(Guid id) => startDates is not null && startDates.TryGetValue(id, out var start) ? start : summaries.GetValueOrDefault(id)?.StartDate;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var lineageIds = tracks.Select(t => t.LineageId).Distinct().ToList();
        var ids = personIds.ToList();
        for (var attempt = 1; ; attempt++)
        {
            var assigned = (await db.Assignments
                    .Where(a => lineageIds.Contains(a.LineageId) && ids.Contains(a.PersonId))
                    .Select(a => new { a.LineageId, a.PersonId })
                    .ToListAsync(cancellationToken))
                .Select(a => (a.LineageId, a.PersonId))
                .ToHashSet();
            var added = (
                from track in tracks
                from personId in ids
                where !assigned.Contains((track.LineageId, personId))
                select new Assignment
                {
                    PersonId = personId,
                    TrackId = track.Id,
                    LineageId = track.LineageId,
                    AssignedAt = clock.GetUtcNow(),
                    DueOn = track.DueOnFor(StartOf(personId), today),
                }).ToList();
            db.Assignments.AddRange(added);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (added.Count > 0)
                {
                    await invalidation.InvalidateAsync([AllKey], cancellationToken);
                }

                return added.Count;
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
