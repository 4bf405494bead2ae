using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Quizzes;

namespace DigitalWorkplace.Onboarding.Features.GetTrack;

/// <summary>One of the current person's tracks with its steps; quiz answers stay on the server.</summary>
internal sealed record GetTrack(Guid TrackId) : IQuery<Result<TrackDto>>, ITrackRequest;

internal sealed class GetTrackHandler(OnboardingDbContext db, SignOffs.SignOffViews signOffViews, ICurrentUser user) : IQueryHandler<GetTrack, Result<TrackDto>>
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
        var attempts = (await db.QuizAttempts.AsNoTracking()
                .Where(a => a.PersonId == personId && stepIds.Contains(a.StepId))
                .Select(a => new { a.Id, a.StepId, a.ScorePercent })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.StepId)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Last: g.MaxBy(a => a.Id)!.ScorePercent));

        // Each on-site task's latest request: waiting, or declined with what is missing.
        var requests = (await db.SignOffRequests.AsNoTracking().Where(r => r.PersonId == personId && r.TrackId == track.Id).ToListAsync(cancellationToken))
            .GroupBy(r => r.StepId).Select(g => g.MaxBy(r => r.Id)!).ToList();
        var signOffs = (await signOffViews.ToDtosAsync(requests, cancellationToken)).ToDictionary(r => r.StepId);
        // In the reader's language when the author wrote the track in it too.
        var language = ProductLanguages.Current;
        var steps = track.Steps
            .OrderBy(s => s.Order)
            .Select(s => new StepDto(
                s.Id,
                s.Order,
                s.Kind,
                s.TextIn(language).Title,
                s.TextIn(language).Html,
                // The questions of the person's next attempt, as the submission will be held to them.
                [.. QuizDraw.For(s, personId, attempts.GetValueOrDefault(s.Id).Count + 1).Select(q => new QuizQuestionDto(q.Id, q.TextIn(language).Text, q.TextIn(language).Choices, q.MultipleChoice))],
                s.PassMarkPercent,
                completions.ContainsKey(s.Id),
                attempts.TryGetValue(s.Id, out var tried) ? tried.Last : null,
                s.MaxAttempts > 0 && !completions.ContainsKey(s.Id) ? Math.Max(0, s.MaxAttempts - attempts.GetValueOrDefault(s.Id).Count) : null,
                signOffs.GetValueOrDefault(s.Id)))
            .ToList();
        var text = track.TextIn(language);
        var progress = new TrackProgressDto(track.Id, text.Title, text.Description ?? "", steps.Count(s => s.IsCompleted), steps.Count, assignment.DueOn);
        return new TrackDto(progress, steps);
    }
}
