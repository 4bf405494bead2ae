using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.BuildingBlocks.Messaging;

/// <summary>
/// Delivers one module's outbox, at least once. Each subscriber of the module's events has a lane of its own that claims
/// its due deliveries (with a lease: several nodes may run it) in message order, so a failing or hanging subscriber — a
/// search index that is down — never holds up another (live delivery, notifications). A housekeeping loop deletes what
/// is delivered once the retention has passed.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    IServiceProvider services,
    IntegrationEventRegistry registry,
    OutboxSignal signal,
    MessagingOptions options,
    MessagingMetrics metrics,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext, IOutboxContext, IModuleSchema
{
    private const int BatchSize = 100;

    /// <summary>The subscribers of this module's events: events are named after the module that publishes them.</summary>
    private IReadOnlyList<string> Lanes { get; } = [.. registry.Subscriptions
        .Where(s => IntegrationEventRegistry.IsPublishedBy(s.EventName, TContext.SchemaName))
        .Select(s => s.Subscriber)
        .Distinct(StringComparer.Ordinal)];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll([.. Lanes.Select(lane => RunLaneAsync(lane, stoppingToken)), HousekeepAsync(stoppingToken)]);

    private async Task RunLaneAsync(string subscriber, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var pulse = signal.NextPulse;
            var handled = 0;
            try
            {
                handled = await DeliverDueAsync(subscriber, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database is unreachable, say: the lane keeps polling and picks up where it left off.
                LogLaneFailed(ex, TContext.SchemaName, subscriber);
            }

            if (handled < BatchSize && !await WaitAsync(pulse, options.PollInterval, stoppingToken))
            {
                return;
            }
        }
    }

    /// <summary>Delivers what is due now to one subscriber; returns how many deliveries it attempted.</summary>
    private async Task<int> DeliverDueAsync(string subscriber, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow();
        var due = await db.OutboxDeliveries
            .Where(d => d.Subscriber == subscriber && d.DeliveredAt == null && d.DeadAt == null
                && (d.NextAttemptAt == null || d.NextAttemptAt <= now) && (d.LockedUntil == null || d.LockedUntil < now))
            .OrderBy(d => d.MessageId)
            .Select(d => d.MessageId)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var claim = Guid.NewGuid().ToString("N");
        var leaseEnd = now + options.Lease;
        await db.OutboxDeliveries
            .Where(d => d.Subscriber == subscriber && due.Contains(d.MessageId) && d.DeliveredAt == null && (d.LockedUntil == null || d.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LockedBy, claim).SetProperty(d => d.LockedUntil, leaseEnd), cancellationToken);
        var claimed = await db.OutboxDeliveries
            .Where(d => d.Subscriber == subscriber && due.Contains(d.MessageId) && d.LockedBy == claim)
            .Join(db.OutboxMessages, d => d.MessageId, m => m.Id, (d, m) => new { Delivery = d, m.Type, m.Payload })
            .OrderBy(c => c.Delivery.MessageId)
            .ToListAsync(cancellationToken);

        try
        {
            foreach (var item in claimed)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                await DeliverAsync(item.Delivery, item.Type, item.Payload, cancellationToken);
            }
        }
        finally
        {
            // Also when stopping: what was not attempted is released at once, not left locked until the lease ends.
            foreach (var item in claimed)
            {
                item.Delivery.LockedBy = null;
                item.Delivery.LockedUntil = null;
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }

        return claimed.Count;
    }

    private async Task DeliverAsync(OutboxDelivery delivery, string eventName, string payload, CancellationToken cancellationToken)
    {
        try
        {
            await registry.DeliverAsync(services, eventName, delivery.Subscriber, payload, cancellationToken);
            delivery.DeliveredAt = clock.GetUtcNow();
            delivery.LastError = null;
            metrics.Delivered(delivery.Subscriber);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: this attempt does not count.
        }
        catch (Exception ex)
        {
            delivery.Attempts++;
            var error = ex.ToString();
            delivery.LastError = error[..Math.Min(2000, error.Length)];
            if (delivery.Attempts >= options.MaxAttempts)
            {
                delivery.DeadAt = clock.GetUtcNow();
                metrics.DeadLettered(delivery.Subscriber);
                LogDeadLettered(ex, eventName, delivery.MessageId, delivery.Subscriber, delivery.Attempts);
                return;
            }

            var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, delivery.Attempts), options.MaxBackoff.TotalSeconds));
            delivery.NextAttemptAt = clock.GetUtcNow() + backoff;
            metrics.Failed(delivery.Subscriber);
            LogDeliveryFailed(ex, eventName, delivery.MessageId, delivery.Subscriber, delivery.Attempts, backoff.TotalSeconds);
        }
    }

    private async Task HousekeepAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var cleaned = await Outbox<TContext>.CleanUpAsync(scope.ServiceProvider.GetRequiredService<TContext>(), clock.GetUtcNow() - options.Retention, stoppingToken);
                if (cleaned.Messages + cleaned.Inbox > 0)
                {
                    LogCleanedUp(TContext.SchemaName, cleaned.Messages, cleaned.Inbox);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogCleanupFailed(ex, TContext.SchemaName);
            }

            try
            {
                await Task.Delay(options.CleanupInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Waits for the pulse or the interval; false when the host is stopping.</summary>
    private async Task<bool> WaitAsync(Task pulse, TimeSpan interval, CancellationToken stoppingToken)
    {
        try
        {
            await pulse.WaitAsync(interval, clock, stoppingToken);
        }
        catch (TimeoutException)
        {
            // The interval passed without a pulse: look again.
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }

        return !stoppingToken.IsCancellationRequested;
    }

    [LoggerMessage(LogLevel.Error, "The {Module} outbox lane of {Subscriber} failed; it will look again")]
    private partial void LogLaneFailed(Exception exception, string module, string subscriber);

    [LoggerMessage(LogLevel.Warning, "Delivery of {Event} {Id} to {Subscriber} failed (attempt {Attempts}); retried in {BackoffSeconds} s")]
    private partial void LogDeliveryFailed(Exception exception, string @event, Guid id, string subscriber, int attempts, double backoffSeconds);

    [LoggerMessage(LogLevel.Error, "Delivery of {Event} {Id} to {Subscriber} failed {Attempts} times: dead-lettered (see `outbox dead-letters`)")]
    private partial void LogDeadLettered(Exception exception, string @event, Guid id, string subscriber, int attempts);

    [LoggerMessage(LogLevel.Information, "The {Module} outbox deleted {Messages} delivered messages and {Inbox} inbox rows past their retention")]
    private partial void LogCleanedUp(string module, int messages, int inbox);

    [LoggerMessage(LogLevel.Error, "The {Module} outbox clean-up failed; it will try again")]
    private partial void LogCleanupFailed(Exception exception, string module);
}
