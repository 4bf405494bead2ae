using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;
using DigitalWorkplace.Onboarding.Features;
using DigitalWorkplace.Onboarding.IntegrationEventHandlers;

namespace DigitalWorkplace.Onboarding.Authoring;

/// <summary>
/// How a version becomes the one people get. The publication itself is one save — the version published, the one it
/// replaces retired, the <see cref="OnboardingTrackPublishedIntegrationEvent"/> in the outbox — so it happens whole or
/// not at all. Assigning thousands of people then runs in pages; it is idempotent, runs at once and again from the event,
/// so a failure midway is finished by the outbox's retry and a second run finds nothing left to do.
/// </summary>
internal sealed class TrackPublication(OnboardingDbContext db, IAudiences audiences, TrackAssignments assignments, ICacheInvalidation invalidation, TimeProvider clock)
{
    private const int PageSize = 100;

    public static readonly Error NotADraft = Error.Conflict("onboarding.track_not_a_draft", "Only a draft is published: this version already was.");

    /// <summary>Marks a new track published, with its event; the caller saves, then calls <see cref="CompleteAsync"/>.</summary>
    public void MarkPublished(Track track)
    {
        track.Status = TrackStatus.Published;
        track.PublishedAt = clock.GetUtcNow();
        db.Publish(new OnboardingTrackPublishedIntegrationEvent(track.Id, track.LineageId, track.Version, PreviousTrackId: null, MoveInProgress: false), clock);
    }

    /// <summary>Publishes a draft in place of the version people get now; 409 when it was published meanwhile.</summary>
    public async Task<Result<Done>> PublishDraftAsync(Track draft, bool moveInProgress, CancellationToken cancellationToken)
    {
        var previous = await db.Tracks.AsNoTracking()
            .Where(t => t.LineageId == draft.LineageId && t.Status == TrackStatus.Published)
            .Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Retired first: the unique index allows one published version a track.
            await db.Tracks.Where(t => t.Id == previous && t.Status == TrackStatus.Published)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, TrackStatus.Retired), cancellationToken);
            var claimed = await db.Tracks.Where(t => t.Id == draft.Id && t.Status == TrackStatus.Draft)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, TrackStatus.Published).SetProperty(t => t.PublishedAt, now), cancellationToken);
            if (claimed == 0)
            {
                return NotADraft;
            }

            db.Publish(new OnboardingTrackPublishedIntegrationEvent(draft.Id, draft.LineageId, draft.Version, previous, moveInProgress), clock);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await CompleteAsync(draft.Id, previous, moveInProgress, cancellationToken);
        return Done.Value;
    }

    /// <summary>
    /// Moves the previous version's people who are to move, then assigns the audiences' members. Idempotent: what is
    /// done already is skipped. A version replaced meanwhile is left to the publication that replaced it.
    /// </summary>
    public async Task CompleteAsync(Guid trackId, Guid? previousTrackId, bool moveInProgress, CancellationToken cancellationToken)
    {
        var track = await db.Tracks.AsNoTracking()
            .Include(t => t.Audience).Include(t => t.Steps).ThenInclude(s => s.Questions).AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Id == trackId, cancellationToken);
        if (track is not { Status: TrackStatus.Published })
        {
            return;
        }

        // Newcomers to the audiences get this version from now on, and no longer the one it replaces.
        var audienceIds = await db.TrackAudiences.AsNoTracking().Where(a => a.TrackId == trackId || a.TrackId == previousTrackId).Select(a => a.AudienceId).Distinct().ToListAsync(cancellationToken);
        await invalidation.InvalidateAsync(audienceIds.Select(AssignTracksToAudienceMember.AudienceTracksKey), cancellationToken);

        if (previousTrackId is { } previousId)
        {
            await MoveAsync(track, previousId, moveInProgress, cancellationToken);
        }

        foreach (var audienceId in track.Audience.Select(a => a.AudienceId))
        {
            string? after = null;
            do
            {
                var page = await audiences.MembersAsync(audienceId, after, PageSize, cancellationToken);
                await assignments.AssignAsync([track], page.Items, cancellationToken);
                after = page.Next;
            }
            while (after is not null);
        }
    }

    /// <summary>
    /// Who moves from the previous version: whoever has not started it, and with <paramref name="moveInProgress"/>
    /// whoever has not finished it — keeping their due date, and the completions of the steps that did not change.
    /// Whoever finished keeps their certificate.
    /// </summary>
    private async Task MoveAsync(Track track, Guid previousId, bool moveInProgress, CancellationToken cancellationToken)
    {
        var previousSteps = await db.Steps.AsNoTracking().Include(s => s.Questions).Where(s => s.TrackId == previousId).ToListAsync(cancellationToken);
        var carried = CarriedSteps(previousSteps, track.Steps);
        var finished = (await db.Certificates.AsNoTracking().Where(c => c.TrackId == previousId).Select(c => c.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        var started = (await db.StepCompletions.AsNoTracking().Where(c => c.TrackId == previousId).Select(c => c.PersonId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var moving = (await db.Assignments.AsNoTracking().Where(a => a.TrackId == previousId).Select(a => new { a.PersonId, a.DueOn }).ToListAsync(cancellationToken))
            .Where(a => !finished.Contains(a.PersonId) && (moveInProgress || !started.Contains(a.PersonId)))
            .ToList();
        foreach (var page in moving.Chunk(PageSize))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await MovePageAsync(track, previousId, [.. page.Select(p => (p.PersonId, p.DueOn))], carried, cancellationToken);
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

    private async Task MovePageAsync(Track track, Guid previousId, List<(Guid PersonId, DateOnly DueOn)> page, Dictionary<Guid, Guid> carried, CancellationToken cancellationToken)
    {
        var ids = page.Select(p => p.PersonId).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Assignments.Where(a => a.TrackId == previousId && ids.Contains(a.PersonId)).ExecuteDeleteAsync(cancellationToken);
        var already = (await db.Assignments.AsNoTracking().Where(a => a.TrackId == track.Id && ids.Contains(a.PersonId)).Select(a => a.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();
        db.Assignments.AddRange(page.Where(p => !already.Contains(p.PersonId))
            .Select(p => new Assignment { PersonId = p.PersonId, TrackId = track.Id, AssignedAt = now, DueOn = p.DueOn }));

        var carriedFrom = carried.Keys.ToList();
        var done = await db.StepCompletions.AsNoTracking().Where(c => c.TrackId == previousId && ids.Contains(c.PersonId) && carriedFrom.Contains(c.StepId)).ToListAsync(cancellationToken);
        var doneHere = (await db.StepCompletions.AsNoTracking().Where(c => c.TrackId == track.Id && ids.Contains(c.PersonId)).Select(c => new { c.PersonId, c.StepId }).ToListAsync(cancellationToken))
            .Select(c => (c.PersonId, c.StepId)).ToHashSet();
        var copies = done.Where(c => !doneHere.Contains((c.PersonId, carried[c.StepId])))
            .Select(c => new StepCompletion { PersonId = c.PersonId, StepId = carried[c.StepId], TrackId = track.Id, CompletedAt = c.CompletedAt, ScorePercent = c.ScorePercent })
            .ToList();
        db.StepCompletions.AddRange(copies);

        // Everything they had done is unchanged in the new version: they finished it.
        var certified = (await db.Certificates.AsNoTracking().Where(c => c.TrackId == track.Id && ids.Contains(c.PersonId)).Select(c => c.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var personId in done.GroupBy(c => c.PersonId).Where(g => g.Count() >= track.Steps.Count && !certified.Contains(g.Key)).Select(g => g.Key))
        {
            db.Certificates.Add(Certificate.Issue(personId, track.Id, clock));
        }

        // A sign-off still waiting follows its task when it did not change; otherwise the person asks again.
        foreach (var (from, to) in carried)
        {
            await db.SignOffRequests.Where(r => r.StepId == from && r.Status == SignOffStatus.Waiting && ids.Contains(r.PersonId))
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.StepId, to).SetProperty(r => r.TrackId, track.Id), cancellationToken);
        }

        await db.SignOffRequests.Where(r => r.TrackId == previousId && r.Status == SignOffStatus.Waiting && ids.Contains(r.PersonId)).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Each unchanged step of the previous version, to the same step in the new one.</summary>
    private static Dictionary<Guid, Guid> CarriedSteps(List<Step> previous, List<Step> next)
    {
        var unused = next.GroupBy(TrackContent.Fingerprint).ToDictionary(g => g.Key, g => new Queue<Guid>(g.OrderBy(s => s.Order).Select(s => s.Id)));
        var carried = new Dictionary<Guid, Guid>();
        foreach (var step in previous.OrderBy(s => s.Order))
        {
            if (unused.TryGetValue(TrackContent.Fingerprint(step), out var same) && same.TryDequeue(out var to))
            {
                carried[step.Id] = to;
            }
        }

        return carried;
    }
}
