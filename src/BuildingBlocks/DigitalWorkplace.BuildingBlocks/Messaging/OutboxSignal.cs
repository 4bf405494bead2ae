using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

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

/// <summary>Pulses the <see cref="OutboxSignal"/> after a save that published integration events.</summary>
public sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
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

    private void PulseIfPublished(DbContext? context)
    {
        // Newly published messages are tracked, unprocessed and never attempted. An explicit transaction
        // may still roll back after this point; a spurious wake-up only costs the dispatcher one empty query.
        if (context is IOutboxContext
            && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity is { ProcessedAt: null, Attempts: 0 }))
        {
            signal.Pulse();
        }
    }
}
