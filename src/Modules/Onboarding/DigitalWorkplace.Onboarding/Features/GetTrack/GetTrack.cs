using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;

namespace DigitalWorkplace.Onboarding.Features.GetTrack;

/// <summary>One of the current person's tracks with its steps; quiz answers stay on the server.</summary>
internal sealed record GetTrack(Guid TrackId) : IQuery<Result<TrackDto>>, ITrackRequest;

internal sealed class GetTrackHandler(OnboardingDbContext db, ICurrentUser user) : IQueryHandler<GetTrack, Result<TrackDto>>
{
    public async ValueTask<Result<TrackDto>> Handle(GetTrack query, CancellationToken cancellationToken)
    {
        var personId = user.PersonId;
        var track = await db.Tracks.AsNoTracking()
            .Include(t => t.Steps).ThenInclude(s => s.Questions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Id == query.TrackId, cancellationToken);
        var assignment = await db.Assignments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.PersonId == personId && a.TrackId == query.TrackId, cancellationToken);
        if (track is null || assignment is null)
        {
            return TrackAccessPolicy.TrackNotFound;
        }

        var completions = await db.StepCompletions.AsNoTracking()
            .Where(c => c.PersonId == personId && c.TrackId == track.Id)
            .ToDictionaryAsync(c => c.StepId, cancellationToken);
        var stepIds = track.Steps.Select(s => s.Id).ToList();
        var lastScores = (await db.QuizAttempts.AsNoTracking()
                .Where(a => a.PersonId == personId && stepIds.Contains(a.StepId))
                .Select(a => new { a.Id, a.StepId, a.ScorePercent })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.StepId)
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.Id)!.ScorePercent);

        var steps = track.Steps
            .OrderBy(s => s.Order)
            .Select(s => new StepDto(
                s.Id,
                s.Order,
                s.Kind,
                s.Title,
                s.Html,
                [.. s.Questions.OrderBy(q => q.Order).Select(q => new QuizQuestionDto(q.Id, q.Text, q.Choices))],
                s.PassMarkPercent,
                completions.ContainsKey(s.Id),
                lastScores.TryGetValue(s.Id, out var score) ? score : null))
            .ToList();
        var progress = new TrackProgressDto(track.Id, track.Title, track.Description, steps.Count(s => s.IsCompleted), steps.Count, assignment.DueOn);
        return new TrackDto(progress, steps);
    }
}
