using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalWorkplace.Onboarding.Reminders;

/// <summary>The <c>Onboarding:Reminders</c> section.</summary>
internal sealed class RemindersOptions
{
    public const string Section = "Onboarding:Reminders";

    /// <summary>How many days before the due date an unfinished track is recalled (0: no such reminder).</summary>
    public int DueSoonDays { get; set; } = 2;

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Begins refreshers' new rounds (<see cref="RefresherRounds"/>), then recalls unfinished tracks to their people: once when due soon, once when overdue (with the overdue event that
/// insights count). Each assignment is claimed by a conditional update in the same transaction as its outbox event, so
/// several nodes never remind twice; a finished track (its certificate) is never recalled.
/// </summary>
internal sealed partial class OnboardingReminders(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RemindersOptions> options, ILogger<OnboardingReminders> logger)
    : BuildingBlocks.Hosting.PeriodicWork(clock, logger)
{
    private const int Batch = 500;

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override Task RunAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <summary>One pass (a batch of each kind); returns how many people were reminded or began a refresher again.</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OnboardingDbContext>();
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        var refreshed = await BeginRefreshersAsync(scope.ServiceProvider, db, cancellationToken);
        var overdue = await RemindAsync(db, overdue: true, a => a.OverdueNoticedAt == null && a.DueOn < today, cancellationToken);
        var soon = options.Value.DueSoonDays <= 0 ? 0 : await RemindAsync(
            db, overdue: false, a => a.DueSoonRemindedAt == null && a.OverdueNoticedAt == null && a.DueOn >= today && a.DueOn <= today.AddDays(options.Value.DueSoonDays), cancellationToken);
        return refreshed + overdue + soon;
    }

    /// <summary>Refreshers first (who comes back is then reminded like anyone); a failure there never stops the reminders.</summary>
    private async Task<int> BeginRefreshersAsync(IServiceProvider services, OnboardingDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return await RefresherRounds.BeginDueAsync(
                db, services.GetRequiredService<BuildingBlocks.Caching.ICacheInvalidation>(), services.GetRequiredService<Identity.Contracts.IAudiences>(),
                services.GetRequiredService<Identity.Contracts.IPeopleDirectory>(), Clock, Batch, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRefreshersFailed(Logger, exception);
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Beginning the refreshers' new rounds failed; the next pass tries again")]
    private static partial void LogRefreshersFailed(ILogger logger, Exception exception);

    private async Task<int> RemindAsync(OnboardingDbContext db, bool overdue, System.Linq.Expressions.Expression<Func<Assignment, bool>> due, CancellationToken cancellationToken)
    {
        var candidates = await db.Assignments.AsNoTracking().Where(due)
            .Where(a => !db.Certificates.Any(c => c.PersonId == a.PersonId && c.TrackId == a.TrackId && c.IssuedAt >= a.AssignedAt))
            // A track still waiting for another is not the person's to do yet: it is not recalled.
            .Where(a => !db.TrackPrerequisites.Any(p => p.TrackId == a.TrackId
                && !db.Certificates.Any(c => c.PersonId == a.PersonId && db.Tracks.Any(t => t.Id == c.TrackId && t.LineageId == p.LineageId))))
            .OrderBy(a => a.DueOn).Take(Batch).Select(a => new { a.PersonId, a.TrackId, a.DueOn }).ToListAsync(cancellationToken);
        var reminded = 0;
        foreach (var track in candidates.GroupBy(a => a.TrackId))
        {
            var info = await db.Tracks.AsNoTracking().Where(t => t.Id == track.Key).Select(t => new { t.LineageId, t.Title }).SingleAsync(cancellationToken);
            var now = Clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = new List<DueAssignment>();
            foreach (var assignment in track)
            {
                var mine = db.Assignments.Where(a => a.PersonId == assignment.PersonId && a.TrackId == assignment.TrackId);
                var won = overdue
                    ? await mine.Where(a => a.OverdueNoticedAt == null).ExecuteUpdateAsync(set => set.SetProperty(a => a.OverdueNoticedAt, now), cancellationToken)
                    : await mine.Where(a => a.DueSoonRemindedAt == null).ExecuteUpdateAsync(set => set.SetProperty(a => a.DueSoonRemindedAt, now), cancellationToken);
                if (won == 1)
                {
                    claimed.Add(new DueAssignment(assignment.PersonId, assignment.DueOn));
                }
            }

            if (claimed.Count > 0)
            {
                if (overdue)
                {
                    db.Publish(new OnboardingOverdueIntegrationEvent(track.Key, info.LineageId, info.Title, claimed), Clock);
                }
                else
                {
                    db.Publish(new OnboardingDueSoonIntegrationEvent(track.Key, info.LineageId, info.Title, claimed), Clock);
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            reminded += claimed.Count;
        }

        return reminded;
    }
}
