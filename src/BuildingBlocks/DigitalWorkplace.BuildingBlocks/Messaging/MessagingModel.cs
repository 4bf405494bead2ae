using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace DigitalWorkplace.BuildingBlocks.Messaging;

/// <summary>A module DbContext with an outbox and an inbox.</summary>
public interface IOutboxContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<InboxMessage> InboxMessages { get; }
}

public static class MessagingModel
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void ApplyMessaging(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Type).HasMaxLength(300);
            outbox.Property(m => m.LockedBy).HasMaxLength(100);
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            outbox.HasIndex(m => m.ProcessedAt);
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.EventId, m.Handler });
            inbox.Property(m => m.Handler).HasMaxLength(200);
        });
    }

    /// <summary>Adds the event to the outbox; it is saved, or not, with the rest of the unit of work.</summary>
    public static void Publish<TEvent>(this IOutboxContext context, TEvent integrationEvent, TimeProvider clock)
        where TEvent : IntegrationEvent =>
        context.OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = IntegrationEventRegistry.NameOf(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(integrationEvent, Json),
            OccurredAt = clock.GetUtcNow(),
        });

    /// <summary>True when this handler already handled the event; otherwise records it with the handler's changes.</summary>
    public static async Task<bool> AlreadyHandledAsync(this IOutboxContext context, IntegrationEvent integrationEvent, string handler, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await context.InboxMessages.AnyAsync(m => m.EventId == integrationEvent.EventId && m.Handler == handler, cancellationToken))
        {
            return true;
        }

        context.InboxMessages.Add(new InboxMessage { EventId = integrationEvent.EventId, Handler = handler, ProcessedAt = clock.GetUtcNow() });
        return false;
    }
}
