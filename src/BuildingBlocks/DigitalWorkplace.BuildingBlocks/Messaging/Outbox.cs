using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.BuildingBlocks.Messaging;

/// <summary>A delivery whose attempts ran out, as an operator sees it.</summary>
public sealed record DeadLetter(string Module, Guid MessageId, string Event, string Subscriber, int Attempts, DateTimeOffset DeadAt, string? LastError);

/// <summary>Where one message stands with one of its subscribers.</summary>
public sealed record DeliveryState(string Subscriber, int Attempts, DateTimeOffset? DeliveredAt, DateTimeOffset? DeadAt, string? LastError);

public sealed record OutboxCleanup(int Messages, int Inbox);

/// <summary>One module's outbox for operators: the ready probe, the <c>outbox</c> commands of the admin CLI, the clean-up.</summary>
public interface IOutbox
{
    string Module { get; }

    Task<int> CountDeadLettersAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<DeadLetter>> DeadLettersAsync(CancellationToken cancellationToken);

    /// <summary>Each subscriber's delivery of one message, by subscriber name.</summary>
    Task<IReadOnlyList<DeliveryState>> DeliveriesAsync(Guid messageId, CancellationToken cancellationToken);

    /// <summary>Makes dead letters due again with fresh attempts (all, or one message, or one subscriber's); returns how many.</summary>
    Task<int> RetryDeadLettersAsync(Guid? messageId, string? subscriber, CancellationToken cancellationToken);

    /// <summary>Deletes deliveries done before <paramref name="olderThan"/>, messages left with none pending, and old inbox rows.</summary>
    Task<OutboxCleanup> CleanUpAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}

internal sealed class Outbox<TContext>(IServiceProvider services, OutboxSignal signal) : IOutbox
    where TContext : DbContext, IOutboxContext, IModuleSchema
{
    public string Module => TContext.SchemaName;

    public Task<int> CountDeadLettersAsync(CancellationToken cancellationToken) =>
        WithContextAsync(db => db.OutboxDeliveries.CountAsync(d => d.DeadAt != null, cancellationToken));

    public Task<IReadOnlyList<DeadLetter>> DeadLettersAsync(CancellationToken cancellationToken)
    {
        var module = Module;
        return WithContextAsync<IReadOnlyList<DeadLetter>>(async db => await (
                from d in db.OutboxDeliveries.AsNoTracking()
                join m in db.OutboxMessages on d.MessageId equals m.Id
                where d.DeadAt != null
                orderby d.MessageId, d.Subscriber
                select new DeadLetter(module, d.MessageId, m.Type, d.Subscriber, d.Attempts, d.DeadAt!.Value, d.LastError))
            .ToListAsync(cancellationToken));
    }

    public Task<IReadOnlyList<DeliveryState>> DeliveriesAsync(Guid messageId, CancellationToken cancellationToken) =>
        WithContextAsync<IReadOnlyList<DeliveryState>>(async db => await db.OutboxDeliveries.AsNoTracking()
            .Where(d => d.MessageId == messageId)
            .OrderBy(d => d.Subscriber)
            .Select(d => new DeliveryState(d.Subscriber, d.Attempts, d.DeliveredAt, d.DeadAt, d.LastError))
            .ToListAsync(cancellationToken));

    public async Task<int> RetryDeadLettersAsync(Guid? messageId, string? subscriber, CancellationToken cancellationToken)
    {
        var retried = await WithContextAsync(db => db.OutboxDeliveries
            .Where(d => d.DeadAt != null && (messageId == null || d.MessageId == messageId) && (subscriber == null || d.Subscriber == subscriber))
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.DeadAt, (DateTimeOffset?)null)
                .SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.NextAttemptAt, (DateTimeOffset?)null), cancellationToken));
        signal.Pulse();
        return retried;
    }

    public Task<OutboxCleanup> CleanUpAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        WithContextAsync(db => CleanUpAsync(db, olderThan, cancellationToken));

    internal static async Task<OutboxCleanup> CleanUpAsync(TContext db, DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await db.OutboxDeliveries.Where(d => d.DeliveredAt != null && d.DeliveredAt < olderThan).ExecuteDeleteAsync(cancellationToken);
        // A message goes once nothing is left to deliver: its deliveries are gone (cascade) or it never had any.
        var messages = await db.OutboxMessages
            .Where(m => m.OccurredAt < olderThan && !db.OutboxDeliveries.Any(d => d.MessageId == m.Id))
            .ExecuteDeleteAsync(cancellationToken);
        var inbox = await db.InboxMessages.Where(m => m.ProcessedAt < olderThan).ExecuteDeleteAsync(cancellationToken);
        return new OutboxCleanup(messages, inbox);
    }

    private async Task<T> WithContextAsync<T>(Func<TContext, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TContext>());
    }
}
