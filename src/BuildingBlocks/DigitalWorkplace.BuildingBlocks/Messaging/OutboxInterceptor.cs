using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.BuildingBlocks.Messaging;

/// <summary>Wakes the dispatchers as soon as an event is saved, so delivery does not wait for the next poll.</summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next pulse. Take it before looking for work, so that no pulse is missed.</summary>
    public Task NextPulse => Volatile.Read(ref _next).Task;

    public void Pulse() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}

/// <summary>
/// Before a save, gives every newly published message one delivery per subscriber (same transaction, so a message is
/// never saved without them); after the save, wakes the dispatchers. A message nobody subscribes to is logged once per
/// event name and counted, never silently taken for delivered.
/// </summary>
public sealed partial class OutboxInterceptor(IntegrationEventRegistry registry, OutboxSignal signal, MessagingMetrics metrics, ILogger<OutboxInterceptor> logger)
    : SaveChangesInterceptor
{
    private readonly ConcurrentDictionary<string, bool> _reportedUnsubscribed = new(StringComparer.Ordinal);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddDeliveries(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddDeliveries(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        PulseIfPublished(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        PulseIfPublished(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    private void AddDeliveries(DbContext? context)
    {
        if (context is not IOutboxContext outbox)
        {
            return;
        }

        var published = TrackedWithoutDetecting<OutboxMessage>(context).Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        foreach (var message in published)
        {
            var subscribers = registry.SubscribersOf(message.Type);
            if (subscribers.Count == 0)
            {
                metrics.Unsubscribed(message.Type);
                if (_reportedUnsubscribed.TryAdd(message.Type, true))
                {
                    LogUnsubscribed(message.Type);
                }
            }

            foreach (var subscriber in subscribers)
            {
                outbox.OutboxDeliveries.Add(new OutboxDelivery { MessageId = message.Id, Subscriber = subscriber });
            }
        }
    }

    private void PulseIfPublished(DbContext? context)
    {
        // Deliveries that were just written are tracked and never attempted. An explicit transaction may still roll
        // back after this point; a spurious wake-up only costs the dispatchers one empty query each.
        if (context is IOutboxContext && TrackedWithoutDetecting<OutboxDelivery>(context).Any(e => e.Entity is { DeliveredAt: null, Attempts: 0 }))
        {
            signal.Pulse();
        }
    }

    // Entries<T>() would detect changes across the whole context, again, on every save of every module: messages and
    // deliveries are only ever added through their DbSet, so what is tracked is already known.
    private static List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<T>> TrackedWithoutDetecting<T>(DbContext context)
        where T : class
    {
        var tracker = context.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return [.. tracker.Entries<T>()];
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    [LoggerMessage(LogLevel.Warning, "No subscriber receives {Event}: its messages are kept, undelivered, until the retention ends")]
    private partial void LogUnsubscribed(string @event);
}
