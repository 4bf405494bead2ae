using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalWorkplace.Communities.Events;

/// <summary>The <c>Communities:Events</c> section.</summary>
internal sealed class EventsOptions
{
    public const string Section = "Communities:Events";

    /// <summary>How long before the start those coming are reminded.</summary>
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Reminds those coming (yes and maybe, not those waiting) shortly before an event starts. Each event is claimed once
/// by a conditional update, in the same transaction as its outbox event, so several nodes never remind twice.
/// </summary>
internal sealed class EventReminders(IServiceScopeFactory scopes, TimeProvider clock, IOptions<EventsOptions> options, ILogger<EventReminders> logger)
    : BuildingBlocks.Hosting.PeriodicWork(clock, logger)
{
    private const int Batch = 100;

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override Task RunAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <summary>One pass; returns how many events were reminded.</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunitiesDbContext>();
        var now = Clock.GetUtcNow();
        var horizon = now + options.Value.ReminderLead;
        var due = await db.Events.AsNoTracking().Where(e => e.ReminderSentAt == null && e.StartsAt <= horizon && e.StartsAt > now)
            .OrderBy(e => e.StartsAt).Take(Batch).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var e in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Events.Where(x => x.Id == e.Id && x.ReminderSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReminderSentAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue; // another node took it
            }

            var coming = await db.Rsvps.AsNoTracking()
                .Where(r => r.EventId == e.Id && !r.Waitlisted && (r.Response == RsvpResponse.Yes || r.Response == RsvpResponse.Maybe)
                    && db.Memberships.Any(m => m.CommunityId == e.CommunityId && m.PersonId == r.PersonId))
                .Select(r => r.PersonId).ToListAsync(cancellationToken);
            if (coming.Count > 0)
            {
                db.Publish(new EventReminderDueIntegrationEvent(e.Id, e.CommunityId, e.Title, e.StartsAt, coming), Clock);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            sent++;
        }

        return sent;
    }
}
