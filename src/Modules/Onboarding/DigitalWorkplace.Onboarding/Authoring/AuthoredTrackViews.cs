using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Authoring;

/// <summary>A version as the editor shows it: its content, where it stands among the track's versions, and how many have it.</summary>
internal sealed class AuthoredTrackViews(OnboardingDbContext db)
{
    public static readonly Error NotFound = Error.NotFound("onboarding.track_not_found");

    public async Task<Result<AuthoredTrackDto>> OneAsync(Guid trackId, CancellationToken cancellationToken)
    {
        var track = await db.Tracks.AsNoTracking()
            .Include(t => t.Audience).Include(t => t.Prerequisites).Include(t => t.Steps).ThenInclude(s => s.Questions).AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Id == trackId, cancellationToken);
        if (track is null)
        {
            return NotFound;
        }

        var siblings = await db.Tracks.AsNoTracking().Where(t => t.LineageId == track.LineageId && t.Status != TrackVersionStatus.Retired)
            .Select(t => new { t.Id, t.Status }).ToListAsync(cancellationToken);
        var assigned = await db.Assignments.CountAsync(a => a.TrackId == trackId, cancellationToken);
        // People, not certificates: a refresher certifies each round.
        var finished = await db.Certificates.Where(c => c.TrackId == trackId).Select(c => c.PersonId).Distinct().CountAsync(cancellationToken);
        return new AuthoredTrackDto(
            track.Id, track.LineageId, track.Version, track.Status, track.PublishedAt, TrackContent.ToNewTrack(track), assigned, finished,
            siblings.SingleOrDefault(s => s.Status == TrackVersionStatus.Published)?.Id,
            siblings.SingleOrDefault(s => s.Status == TrackVersionStatus.Draft)?.Id);
    }
}
