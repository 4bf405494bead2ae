using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;

namespace DigitalWorkplace.Onboarding;

/// <summary>Completion as the dashboards count it; Identity says whose figures the caller may see.</summary>
internal sealed class OnboardingReports(OnboardingDbContext db, IPeopleAdministration administration, ISender sender) : IOnboardingReports
{
    public async Task<Result<TrackReportDto>> TrackReportAsync(Guid? trackId, CancellationToken cancellationToken, Guid? seasonId = null, int? page = null) =>
        await sender.Send(new Features.GetTrackReport.GetTrackReport(trackId, seasonId, page), cancellationToken);

    public async Task<IReadOnlySet<Guid>> CompletedAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var ids = (await administration.ManagedAmongAsync(personIds, cancellationToken)).ToList();
        if (ids.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var assignments = await db.Assignments.AsNoTracking().Where(a => ids.Contains(a.PersonId)).Select(a => new { a.PersonId, a.TrackId }).ToListAsync(cancellationToken);
        var tracks = assignments.Select(a => a.TrackId).Distinct().ToList();
        var steps = await db.Steps.AsNoTracking().Where(s => tracks.Contains(s.TrackId)).GroupBy(s => s.TrackId)
            .Select(g => new { TrackId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.TrackId, g => g.Count, cancellationToken);
        var done = (await db.StepCompletions.AsNoTracking().Where(c => ids.Contains(c.PersonId)).GroupBy(c => new { c.PersonId, c.TrackId })
            .Select(g => new { g.Key.PersonId, g.Key.TrackId, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(c => (c.PersonId, c.TrackId), c => c.Count);
        return assignments.GroupBy(a => a.PersonId)
            .Where(person => person.All(a => done.GetValueOrDefault((a.PersonId, a.TrackId)) >= steps.GetValueOrDefault(a.TrackId)))
            .Select(person => person.Key)
            .ToHashSet();
    }
}
