using DigitalWorkplace.BuildingBlocks.Text;
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
                t.Language,
                t.Translations,
                a.DueOn,
                TotalSteps = db.Steps.Count(s => s.TrackId == t.Id),
                CompletedSteps = db.StepCompletions.Count(c => c.PersonId == personId && c.TrackId == t.Id),
            })
            .ToListAsync(cancellationToken);
        var waiting = await Prerequisites.PendingAsync(db, personId, [.. tracks.Select(t => t.Id)], cancellationToken);
        var language = ProductLanguages.Current;
        return tracks
            .OrderBy(t => t.DueOn)
            .ThenBy(t => t.Id)
            .Select(t => (Track: t, Text: Domain.Track.TextIn(language, t.Language, t.Translations, t.Title, t.Description)))
            .Select(t => new TrackProgressDto(t.Track.Id, t.Text.Title, t.Text.Description ?? "", t.Track.CompletedSteps, t.Track.TotalSteps, t.Track.DueOn, waiting.GetValueOrDefault(t.Track.Id)))
            .ToList();
    }
}
