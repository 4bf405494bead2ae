using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.BuildingBlocks.Messaging;

/// <summary>
/// Delivers one module's outbox to the subscribers, at least once, in the order the events were saved.
/// Several nodes may run it: each claims a batch with a lease before delivering it.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    IServiceProvider services,
    IntegrationEventRegistry registry,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext, IOutboxContext
{
    private const int BatchSize = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pulse = signal.NextPulse;
            var delivered = 0;
            try
            {
                delivered = await DispatchBatchAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogBatchFailed(ex, typeof(TContext).Name);
            }

            if (delivered < BatchSize)
            {
                try
                {
                    await pulse.WaitAsync(PollInterval, clock, stoppingToken);
                }
                catch (TimeoutException)
                {
                    // Polling catches events saved by other nodes and retries that have come due.
                }
            }
        }
    }

    /// <summary>Delivers what is due now; returns how many messages it handled.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages
            .Where(m => m.ProcessedAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now) && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var claim = Guid.NewGuid().ToString("N");
        var leaseEnd = now + Lease;
        await db.OutboxMessages
            .Where(m => due.Contains(m.Id) && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, claim).SetProperty(m => m.LockedUntil, leaseEnd), cancellationToken);
        var messages = await db.OutboxMessages.Where(m => m.LockedBy == claim).OrderBy(m => m.Id).ToListAsync(cancellationToken);

        foreach (var message in messages)
        {
            try
            {
                await registry.DispatchAsync(services, message.Type, message.Payload, cancellationToken);
                message.ProcessedAt = clock.GetUtcNow();
                message.LastError = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, message.Attempts), MaxBackoff.TotalSeconds));
                message.NextAttemptAt = clock.GetUtcNow() + backoff;
                message.LastError = ex.ToString()[..Math.Min(2000, ex.ToString().Length)];
                LogDeliveryFailed(ex, message.Type, message.Id, message.Attempts);
            }

            message.LockedBy = null;
            message.LockedUntil = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return messages.Count;
    }

    [LoggerMessage(LogLevel.Error, "Outbox batch of {Context} failed")]
    private partial void LogBatchFailed(Exception exception, string context);

    [LoggerMessage(LogLevel.Warning, "Delivery of {Type} {Id} failed (attempt {Attempts}); it will be retried")]
    private partial void LogDeliveryFailed(Exception exception, string type, Guid id, int attempts);
}
