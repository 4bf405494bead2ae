using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Quizzes;

namespace DigitalWorkplace.Onboarding.Features.GetTrack;

/// <summary>One of the current person's tracks with its steps; quiz answers stay on the server.</summary>
internal sealed record GetTrack(Guid TrackId) : IQuery<Result<TrackDto>>, ITrackRequest;

internal sealed class GetTrackHandler(
    OnboardingDbContext db, SignOffs.SignOffViews signOffViews, Communities.Contracts.ICommunitiesService communities, Launcher.Contracts.IAppDirectory apps, ICurrentUser user)
    : IQueryHandler<GetTrack, Result<TrackDto>>
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
        var targets = await TargetNamesAsync(track.Steps, cancellationToken);
        var waitingFor = (await Prerequisites.PendingAsync(db, personId, [track.Id], cancellationToken)).GetValueOrDefault(track.Id);
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
                [.. QuizDraw.For(s, personId, assignment.AssignedAt, attempts.GetValueOrDefault(s.Id).Count + 1).Select(q => new QuizQuestionDto(q.Id, q.TextIn(language).Text, q.TextIn(language).Choices, q.MultipleChoice))],
                s.PassMarkPercent,
                completions.ContainsKey(s.Id),
                attempts.TryGetValue(s.Id, out var tried) ? tried.Last : null,
                s.MaxAttempts > 0 && !completions.ContainsKey(s.Id) ? Math.Max(0, s.MaxAttempts - attempts.GetValueOrDefault(s.Id).Count) : null,
                signOffs.GetValueOrDefault(s.Id),
                s.TargetId is { } target ? new StepTargetDto(target, targets.GetValueOrDefault(target)) : null))
            .ToList();
        var text = track.TextIn(language);
        var progress = new TrackProgressDto(track.Id, text.Title, text.Description ?? "", steps.Count(s => s.IsCompleted), steps.Count, assignment.DueOn, waitingFor);
        return new TrackDto(progress, steps);
    }

    /// <summary>
    /// The names of the communities and apps the steps point at, as the person may know them: a community they see (a
    /// secret one stays unnamed), an app they may open. The others show as no longer available.
    /// </summary>
    private async Task<Dictionary<Guid, string>> TargetNamesAsync(IReadOnlyCollection<Domain.Step> steps, CancellationToken cancellationToken)
    {
        List<Guid> Of(StepKind kind) => [.. steps.Where(s => s.Kind == kind && s.TargetId is not null).Select(s => s.TargetId!.Value)];
        var names = new Dictionary<Guid, string>();
        foreach (var communityId in Of(StepKind.JoinCommunity).Distinct())
        {
            if ((await communities.GetAsync(communityId, cancellationToken)).Value is { IsArchived: false } community)
            {
                names[communityId] = community.Name;
            }
        }

        if (Of(StepKind.OpenApp) is { Count: > 0 } tileIds)
        {
            var usable = await apps.UsableByAsync(user.PersonId, tileIds, cancellationToken);
            foreach (var (id, name) in await apps.NamesAsync([.. usable], cancellationToken))
            {
                names[id] = name;
            }
        }

        return names;
    }
}
