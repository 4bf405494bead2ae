using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;

namespace DigitalWorkplace.Onboarding.Features.ListMyTracks;

/// <summary>The current person's tracks with their progress, soonest due first.</summary>
internal sealed record ListMyTracks : IQuery<Result<IReadOnlyList<TrackProgressDto>>>, IAnyActivePersonRequest;

internal sealed class ListMyTracksHandler(OnboardingDbContext db, ICurrentUser user) : IQueryHandler<ListMyTracks, Result<IReadOnlyList<TrackProgressDto>>>
{
    public async ValueTask<Result<IReadOnlyList<TrackProgressDto>>> Handle(ListMyTracks query, CancellationToken cancellationToken)
    {
        var personId = user.PersonId;
        var tracks = await db.Assignments
            .Where(a => a.PersonId == personId)
            .Join(db.Tracks, a => a.TrackId, t => t.Id, (a, t) => new
            {
                t.Id,
                t.Title,
                t.Description,
                a.DueOn,
                TotalSteps = db.Steps.Count(s => s.TrackId == t.Id),
                CompletedSteps = db.StepCompletions.Count(c => c.PersonId == personId && c.TrackId == t.Id),
            })
            .ToListAsync(cancellationToken);
        return tracks
            .OrderBy(t => t.DueOn)
            .ThenBy(t => t.Id)
            .Select(t => new TrackProgressDto(t.Id, t.Title, t.Description, t.CompletedSteps, t.TotalSteps, t.DueOn))
            .ToList();
    }
}
