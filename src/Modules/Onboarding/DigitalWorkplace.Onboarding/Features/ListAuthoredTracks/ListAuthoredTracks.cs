using DigitalWorkplace.Onboarding.Authoring;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Features.ListAuthoredTracks;

/// <summary>Every track once, as the version people get (or its draft when none is published yet), with everyone who has any of its versions.</summary>
internal sealed record ListAuthoredTracks : IQuery<Result<IReadOnlyList<AuthoredTrackSummaryDto>>>, IAuthoringRequest;

internal sealed class ListAuthoredTracksHandler(OnboardingDbContext db) : IQueryHandler<ListAuthoredTracks, Result<IReadOnlyList<AuthoredTrackSummaryDto>>>
{
    public async ValueTask<Result<IReadOnlyList<AuthoredTrackSummaryDto>>> Handle(ListAuthoredTracks query, CancellationToken cancellationToken)
    {
        var versions = await db.Tracks.AsNoTracking()
            .Select(t => new { t.Id, t.LineageId, t.Title, t.Version, t.Status, Steps = db.Steps.Count(s => s.TrackId == t.Id) })
            .ToListAsync(cancellationToken);
        var assigned = await db.Assignments.AsNoTracking().GroupBy(a => a.TrackId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        // People, not certificates: a refresher certifies each round.
        var finished = await db.Certificates.AsNoTracking().Select(c => new { c.TrackId, c.PersonId }).Distinct().GroupBy(c => c.TrackId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return versions.GroupBy(v => v.LineageId)
            .Select(lineage =>
            {
                var shown = lineage.FirstOrDefault(v => v.Status == TrackVersionStatus.Published) ?? lineage.MaxBy(v => v.Version)!;
                var draft = lineage.FirstOrDefault(v => v.Status == TrackVersionStatus.Draft);
                return new AuthoredTrackSummaryDto(
                    shown.Id, lineage.Key, shown.Title, shown.Version, shown.Status, shown.Steps,
                    lineage.Sum(v => assigned.GetValueOrDefault(v.Id)), lineage.Sum(v => finished.GetValueOrDefault(v.Id)),
                    draft is not null && draft.Id != shown.Id ? draft.Id : null);
            })
            .OrderBy(t => t.Title, StringComparer.CurrentCulture)
            .ToList();
    }
}
