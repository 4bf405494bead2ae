using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;
using DigitalWorkplace.Onboarding.Features;

namespace DigitalWorkplace.Onboarding.Reminders;

/// <summary>
/// Refreshers that reassign themselves: so many months after someone finished a refresher track, a new round begins —
/// their completions, quiz attempts and sign-offs of it are cleared (their certificates stay: proof of the rounds done),
/// it is due again counted from today, and they are told. A track republished since is done again in its new version,
/// whose period decides. Only people still for it come back: an active account, in one of its audiences (when it has
/// any); a season's leavers keep their certificates and are left alone.
/// </summary>
internal static class RefresherRounds
{
    /// <summary>One pass over at most <paramref name="batch"/> people; returns how many began a new round.</summary>
    public static async Task<int> BeginDueAsync(
        OnboardingDbContext db, ICacheInvalidation invalidation, IAudiences audiences, IPeopleDirectory people, TimeProvider clock, int batch, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var published = db.Tracks.Where(t => t.Status == TrackVersionStatus.Published && t.RefreshAfterMonths > 0);
        var periods = await published.Select(t => t.RefreshAfterMonths).Distinct().ToListAsync(cancellationToken);
        var begun = 0;
        foreach (var months in periods)
        {
            // Finished in this round (a certificate since it began) at least the period ago: exact for each period.
            var finishedBy = now.AddMonths(-months);
            var due = await db.Assignments.AsNoTracking()
                .Join(published.Where(t => t.RefreshAfterMonths == months), a => a.LineageId, t => t.LineageId, (a, t) => a)
                .Where(a => db.Certificates.Any(c => c.PersonId == a.PersonId && c.TrackId == a.TrackId && c.IssuedAt >= a.AssignedAt && c.IssuedAt <= finishedBy))
                .OrderBy(a => a.LineageId).ThenBy(a => a.PersonId)
                .Take(batch - begun)
                .ToListAsync(cancellationToken);
            foreach (var lineage in due.GroupBy(a => a.LineageId))
            {
                var stillFor = await StillForAsync(db, audiences, people, lineage.Key, [.. lineage.Select(a => a.PersonId)], cancellationToken);
                begun += await BeginAsync(db, lineage.Key, [.. lineage.Where(a => stillFor.Contains(a.PersonId))], clock, cancellationToken);
            }

            if (begun >= batch)
            {
                break;
            }
        }

        if (begun > 0)
        {
            await invalidation.InvalidateAsync([TrackAssignments.AllKey], cancellationToken);
        }

        return begun;
    }

    /// <summary>Of these people, those the track is still for: active, and in one of its published version's audiences (any, when it has none).</summary>
    private static async Task<HashSet<Guid>> StillForAsync(
        OnboardingDbContext db, IAudiences audiences, IPeopleDirectory people, Guid lineageId, IReadOnlyList<Guid> personIds, CancellationToken cancellationToken)
    {
        var audienceIds = await db.TrackAudiences.AsNoTracking()
            .Where(a => db.Tracks.Any(t => t.Id == a.TrackId && t.LineageId == lineageId && t.Status == TrackVersionStatus.Published))
            .Select(a => a.AudienceId).ToListAsync(cancellationToken);
        var stillFor = new HashSet<Guid>();
        foreach (var personId in personIds)
        {
            if (await people.IsActiveAsync(personId, cancellationToken)
                && (audienceIds.Count == 0 || (await audiences.MembershipsAsync(personId, audienceIds, cancellationToken)).Count > 0))
            {
                stillFor.Add(personId);
            }
        }

        return stillFor;
    }

    private static async Task<int> BeginAsync(OnboardingDbContext db, Guid lineageId, IReadOnlyList<Assignment> due, TimeProvider clock, CancellationToken cancellationToken)
    {
        var current = await db.Tracks.AsNoTracking().Where(t => t.LineageId == lineageId && t.Status == TrackVersionStatus.Published)
            .Select(t => new { t.Id, t.Title, t.DueInDaysAfterStart }).SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var dueOn = today.AddDays(current.DueInDaysAfterStart);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = new List<DueAssignment>();
        foreach (var assignment in due)
        {
            // Claimed by its round's start, so two nodes never begin the same round twice.
            var claim = db.Assignments.Where(a => a.PersonId == assignment.PersonId && a.TrackId == assignment.TrackId && a.AssignedAt == assignment.AssignedAt);
            var won = assignment.TrackId == current.Id
                ? await claim.ExecuteUpdateAsync(set => set
                    .SetProperty(a => a.AssignedAt, now).SetProperty(a => a.DueOn, dueOn)
                    .SetProperty(a => a.DueSoonRemindedAt, (DateTimeOffset?)null).SetProperty(a => a.OverdueNoticedAt, (DateTimeOffset?)null), cancellationToken)
                : await claim.ExecuteDeleteAsync(cancellationToken);
            if (won != 1)
            {
                continue;
            }

            var stepIds = db.Steps.Where(s => s.TrackId == assignment.TrackId).Select(s => s.Id);
            await db.StepCompletions.Where(c => c.PersonId == assignment.PersonId && c.TrackId == assignment.TrackId).ExecuteDeleteAsync(cancellationToken);
            await db.QuizAttempts.Where(q => q.PersonId == assignment.PersonId && stepIds.Contains(q.StepId)).ExecuteDeleteAsync(cancellationToken);
            await db.SignOffRequests.Where(r => r.PersonId == assignment.PersonId && r.TrackId == assignment.TrackId).ExecuteDeleteAsync(cancellationToken);
            if (assignment.TrackId != current.Id)
            {
                db.Assignments.Add(new Assignment { PersonId = assignment.PersonId, TrackId = current.Id, LineageId = lineageId, AssignedAt = now, DueOn = dueOn });
            }

            claimed.Add(new DueAssignment(assignment.PersonId, dueOn));
        }

        if (claimed.Count > 0)
        {
            db.Publish(new OnboardingRefresherDueIntegrationEvent(current.Id, lineageId, current.Title, claimed), clock);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return claimed.Count;
    }
}
