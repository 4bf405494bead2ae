using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;
using DigitalWorkplace.Onboarding.Features;
using DigitalWorkplace.Onboarding.Features.CreateTrack;
using DigitalWorkplace.Onboarding.IntegrationEventHandlers;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.Onboarding.Authoring;

/// <summary>
/// How a version becomes the one people get. The publication itself is one transaction — the draft checked and
/// published, the version it replaces retired, the <see cref="OnboardingTrackPublishedIntegrationEvent"/> in the outbox —
/// so it happens whole or not at all. Moving and assigning thousands of people then runs in pages; it is idempotent,
/// runs at once and again from the event, so a failure midway is finished by the outbox's retry and a second run finds
/// nothing left to do. A database key (one version of a track a person) keeps two runs at once from doubling anyone.
/// </summary>
internal sealed partial class TrackPublication(
    OnboardingDbContext db, IAudiences audiences, ICommunitiesService communities, IAppDirectory apps, TrackAssignments assignments, ICacheInvalidation invalidation, TimeProvider clock, ILogger<TrackPublication> logger)
{
    private const int PageSize = 100;

    public static readonly Error NotADraft = Error.Conflict("onboarding.track_not_a_draft", "Only a draft is published: this version already was.");

    /// <summary>Marks a new track published, with its event; the caller saves, then calls <see cref="CompleteSoonAsync"/>.</summary>
    public void MarkPublished(Track track)
    {
        track.Status = TrackVersionStatus.Published;
        track.PublishedAt = clock.GetUtcNow();
        db.Publish(new OnboardingTrackPublishedIntegrationEvent(track.Id, track.LineageId, track.Version, PreviousTrackId: null, MoveInProgress: false), clock);
    }

    /// <summary>
    /// Publishes a draft in place of the version people get now. The draft is claimed first and checked inside the
    /// transaction, so a save that lands meanwhile is either in what is checked and published, or refused.
    /// </summary>
    public async Task<Result<Done>> PublishDraftAsync(Guid draftId, bool moveInProgress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var claimed = await db.Tracks.Where(t => t.Id == draftId && t.Status == TrackVersionStatus.Draft)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.PublishedAt, now), cancellationToken);
            if (claimed == 0)
            {
                return NotADraft;
            }

            var draft = await db.Tracks.AsNoTracking()
                .Include(t => t.Audience).Include(t => t.Prerequisites).Include(t => t.Steps).ThenInclude(s => s.Questions).AsSplitQuery()
                .SingleAsync(t => t.Id == draftId, cancellationToken);
            // A draft may be saved unfinished; what people get must have steps and an audience that still exists.
            if (NewTrackRules.ValidateForPublication(TrackContent.ToNewTrack(draft)) is { } invalid)
            {
                return invalid;
            }

            if (await NewTrackRules.UnknownAudienceAsync(audiences, [.. draft.Audience.Select(a => a.AudienceId)], cancellationToken) is { } unknown)
            {
                return unknown;
            }

            if (await NewTrackRules.UnknownLinksAsync(db, communities, apps, TrackContent.ToNewTrack(draft), draft.LineageId, cancellationToken) is { } broken)
            {
                return broken;
            }

            var previous = await db.Tracks.AsNoTracking().Where(t => t.LineageId == draft.LineageId && t.Status == TrackVersionStatus.Published)
                .Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken);
            // Retired first: the unique index allows one published version a track.
            await db.Tracks.Where(t => t.Id == previous).ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, TrackVersionStatus.Retired), cancellationToken);
            await db.Tracks.Where(t => t.Id == draftId).ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, TrackVersionStatus.Published), cancellationToken);
            db.Publish(new OnboardingTrackPublishedIntegrationEvent(draft.Id, draft.LineageId, draft.Version, previous, moveInProgress), clock);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await CompleteSoonAsync(draftId, moveInProgress, cancellationToken);
        return Done.Value;
    }

    /// <summary>
    /// The publication's own pass, right after it: most of the time it does everything. Should it fail (the event's
    /// run holding the same people, a lost connection), the publication stands and the event's run finishes it.
    /// </summary>
    public async Task CompleteSoonAsync(Guid trackId, bool moveInProgress, CancellationToken cancellationToken)
    {
        try
        {
            await CompleteAsync(trackId, moveInProgress, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogLeftToEvent(logger, exception, trackId);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Moves the earlier versions' people who are to move, then assigns the audiences' members. Idempotent: what is
    /// done already is skipped. A version replaced meanwhile is left to the publication that replaced it.
    /// </summary>
    public async Task CompleteAsync(Guid trackId, bool moveInProgress, CancellationToken cancellationToken)
    {
        var track = await db.Tracks.AsNoTracking()
            .Include(t => t.Audience).Include(t => t.Prerequisites).Include(t => t.Steps).ThenInclude(s => s.Questions).AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Id == trackId, cancellationToken);
        if (track is not { Status: TrackVersionStatus.Published })
        {
            return;
        }

        var retired = await db.Tracks.AsNoTracking().Where(t => t.LineageId == track.LineageId && t.Status == TrackVersionStatus.Retired)
            .OrderBy(t => t.Version).Select(t => t.Id).ToListAsync(cancellationToken);
        // Newcomers to the audiences get this version from now on, and no longer one it replaces.
        var audienceIds = await db.TrackAudiences.AsNoTracking().Where(a => a.TrackId == trackId || retired.Contains(a.TrackId))
            .Select(a => a.AudienceId).Distinct().ToListAsync(cancellationToken);
        await invalidation.InvalidateAsync(audienceIds.Select(AssignTracksToAudienceMember.AudienceTracksKey), cancellationToken);

        foreach (var earlier in retired)
        {
            await MoveAsync(track, earlier, moveInProgress, cancellationToken);
        }

        foreach (var audienceId in track.Audience.Select(a => a.AudienceId))
        {
            string? after = null;
            do
            {
                if (!await StillPublishedAsync(trackId, cancellationToken))
                {
                    return;
                }

                var page = await audiences.MembersAsync(audienceId, after, PageSize, cancellationToken);
                await assignments.AssignAsync([track], page.Items, cancellationToken);
                after = page.Next;
            }
            while (after is not null);
        }
    }

    private Task<bool> StillPublishedAsync(Guid trackId, CancellationToken cancellationToken) =>
        db.Tracks.AnyAsync(t => t.Id == trackId && t.Status == TrackVersionStatus.Published, cancellationToken);

    /// <summary>
    /// Who moves from an earlier version: whoever has not started it, and with <paramref name="moveInProgress"/>
    /// whoever has not finished it — keeping their due date, and the completions of the steps that did not change.
    /// Whoever finished keeps their certificate. Decided again for each page inside its transaction, with the people's
    /// assignments held, so someone finishing or starting meanwhile is judged on what they did.
    /// </summary>
    private async Task MoveAsync(Track track, Guid earlierId, bool moveInProgress, CancellationToken cancellationToken)
    {
        var earlierSteps = await db.Steps.AsNoTracking().Include(s => s.Questions).Where(s => s.TrackId == earlierId).ToListAsync(cancellationToken);
        var carried = CarriedSteps(earlierSteps, track.Steps);
        var people = await db.Assignments.AsNoTracking().Where(a => a.TrackId == earlierId).OrderBy(a => a.PersonId).Select(a => a.PersonId).ToListAsync(cancellationToken);
        foreach (var page in people.Chunk(PageSize))
        {
            if (!await StillPublishedAsync(track.Id, cancellationToken))
            {
                return;
            }

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await MovePageAsync(track, earlierId, [.. page], carried, moveInProgress, cancellationToken);
                    break;
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    // Another run (the event's, or this one's) moved some of them at the same moment: read again.
                    db.ChangeTracker.Clear();
                }
            }
        }
    }

    private async Task MovePageAsync(Track track, Guid earlierId, List<Guid> page, Dictionary<Guid, Guid> carried, bool moveInProgress, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Their assignments held first (as every change of progress does), then who moves is decided on what is there now.
        await db.Assignments.Where(a => a.TrackId == earlierId && page.Contains(a.PersonId)).ExecuteUpdateAsync(set => set.SetProperty(a => a.DueOn, a => a.DueOn), cancellationToken);
        var held = await db.Assignments.AsNoTracking().Where(a => a.TrackId == earlierId && page.Contains(a.PersonId)).ToListAsync(cancellationToken);
        var finished = (await db.Certificates.AsNoTracking().Where(c => c.TrackId == earlierId && page.Contains(c.PersonId)).Select(c => c.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        var started = moveInProgress ? [] : (await db.StepCompletions.AsNoTracking().Where(c => c.TrackId == earlierId && page.Contains(c.PersonId)).Select(c => c.PersonId)
            .Union(db.QuizAttempts.AsNoTracking().Where(a => page.Contains(a.PersonId) && db.Steps.Any(s => s.Id == a.StepId && s.TrackId == earlierId)).Select(a => a.PersonId))
            .Union(db.SignOffRequests.AsNoTracking().Where(r => r.TrackId == earlierId && page.Contains(r.PersonId)).Select(r => r.PersonId))
            .ToListAsync(cancellationToken)).ToHashSet();
        var moving = held.Where(a => !finished.Contains(a.PersonId) && !started.Contains(a.PersonId)).ToList();
        var ids = moving.Select(a => a.PersonId).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        await db.Assignments.Where(a => a.TrackId == earlierId && ids.Contains(a.PersonId)).ExecuteDeleteAsync(cancellationToken);
        var already = (await db.Assignments.AsNoTracking().Where(a => a.TrackId == track.Id && ids.Contains(a.PersonId)).Select(a => a.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();
        db.Assignments.AddRange(moving.Where(p => !already.Contains(p.PersonId))
            .Select(p => new Assignment
            {
                PersonId = p.PersonId, TrackId = track.Id, LineageId = track.LineageId, AssignedAt = now, DueOn = p.DueOn,
                // Reminded already: moving to a new version does not remind twice.
                DueSoonRemindedAt = p.DueSoonRemindedAt, OverdueNoticedAt = p.OverdueNoticedAt,
            }));

        var carriedFrom = carried.Keys.ToList();
        var done = await db.StepCompletions.AsNoTracking().Where(c => c.TrackId == earlierId && ids.Contains(c.PersonId) && carriedFrom.Contains(c.StepId)).ToListAsync(cancellationToken);
        var doneHere = (await db.StepCompletions.AsNoTracking().Where(c => c.TrackId == track.Id && ids.Contains(c.PersonId)).Select(c => new { c.PersonId, c.StepId }).ToListAsync(cancellationToken))
            .Select(c => (c.PersonId, c.StepId)).ToHashSet();
        db.StepCompletions.AddRange(done.Where(c => !doneHere.Contains((c.PersonId, carried[c.StepId])))
            .Select(c => new StepCompletion { PersonId = c.PersonId, StepId = carried[c.StepId], TrackId = track.Id, CompletedAt = c.CompletedAt, ScorePercent = c.ScorePercent }));
        foreach (var personId in done.GroupBy(c => c.PersonId).Where(g => g.Count() >= track.Steps.Count).Select(g => g.Key))
        {
            // Everything they had done is unchanged in the new version: they finished it, by the one rule.
            if (await db.CertifyIfFinishedAsync(personId, track.Id, unsaved: track.Steps.Count - doneHere.Count(c => c.PersonId == personId), clock, cancellationToken))
            {
                db.Publish(new OnboardingTrackCompletedIntegrationEvent(personId, track.Id, track.LineageId), clock);
            }
        }

        // A sign-off still waiting follows its task when it did not change; otherwise the person asks again.
        var waiting = db.SignOffRequests.Where(r => r.TrackId == earlierId && r.Status == SignOffStatus.Waiting && ids.Contains(r.PersonId));
        foreach (var from in (await waiting.Select(r => r.StepId).Distinct().ToListAsync(cancellationToken)).Where(carried.ContainsKey))
        {
            var to = carried[from];
            await waiting.Where(r => r.StepId == from).ExecuteUpdateAsync(set => set.SetProperty(r => r.StepId, to).SetProperty(r => r.TrackId, track.Id), cancellationToken);
        }

        await waiting.ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await invalidation.InvalidateAsync([TrackAssignments.AllKey], cancellationToken);
    }

    /// <summary>Each unchanged step of an earlier version, to the same step in the new one.</summary>
    private static Dictionary<Guid, Guid> CarriedSteps(List<Step> earlier, List<Step> next)
    {
        var unused = next.GroupBy(TrackContent.Fingerprint).ToDictionary(g => g.Key, g => new Queue<Guid>(g.OrderBy(s => s.Order).Select(s => s.Id)));
        var carried = new Dictionary<Guid, Guid>();
        foreach (var step in earlier.OrderBy(s => s.Order))
        {
            if (unused.TryGetValue(TrackContent.Fingerprint(step), out var same) && same.TryDequeue(out var to))
            {
                carried[step.Id] = to;
            }
        }

        return carried;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assigning published track {TrackId} stopped midway; its event's run finishes it")]
    private static partial void LogLeftToEvent(ILogger logger, Exception exception, Guid trackId);
}
