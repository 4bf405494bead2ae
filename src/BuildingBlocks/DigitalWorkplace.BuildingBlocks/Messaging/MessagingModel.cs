using System.Text.Json;
using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DigitalWorkplace.BuildingBlocks.Messaging;

/// <summary>A module DbContext with an outbox (messages and their deliveries) and an inbox.</summary>
public interface IOutboxContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<OutboxDelivery> OutboxDeliveries { get; }

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
            outbox.Property(m => m.Type).HasMaxLength(200);
            outbox.HasIndex(m => m.OccurredAt);
        });
        modelBuilder.Entity<OutboxDelivery>(delivery =>
        {
            delivery.ToTable("outbox_deliveries");
            delivery.HasKey(d => new { d.MessageId, d.Subscriber });
            delivery.Property(d => d.Subscriber).HasMaxLength(200);
            delivery.Property(d => d.LockedBy).HasMaxLength(100);
            delivery.Property(d => d.LastError).HasMaxLength(2000);
            delivery.HasOne<OutboxMessage>().WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
            // Each subscriber's lane asks for its due deliveries in message order: only undelivered, living rows are indexed.
            delivery.HasIndex(d => new { d.Subscriber, d.MessageId }).HasFilter("\"DeliveredAt\" IS NULL AND \"DeadAt\" IS NULL").HasDatabaseName("ix_outbox_deliveries_due");
            delivery.HasIndex(d => d.DeadAt).HasFilter("\"DeadAt\" IS NOT NULL").HasDatabaseName("ix_outbox_deliveries_dead");
            delivery.HasIndex(d => d.DeliveredAt);
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.EventId, m.Handler });
            inbox.Property(m => m.Handler).HasMaxLength(200);
            inbox.HasIndex(m => m.ProcessedAt);
        });
    }

    /// <summary>
    /// Adds the event to the outbox; it is saved, or not, with the rest of the unit of work, and its deliveries (one per
    /// subscriber) with it. A module publishes only its own events: their names start with its schema name.
    /// </summary>
    public static void Publish<TContext, TEvent>(this TContext context, TEvent integrationEvent, TimeProvider clock)
        where TContext : IOutboxContext, IModuleSchema
        where TEvent : IntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var name = IntegrationEventRegistry.NameOf<TEvent>();
        if (!IntegrationEventRegistry.IsPublishedBy(name, TContext.SchemaName))
        {
            throw new InvalidOperationException($"The {TContext.SchemaName} module cannot publish '{name}': a module publishes only events named after it.");
        }

        context.OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = name,
            Payload = JsonSerializer.Serialize(integrationEvent, Json),
            OccurredAt = clock.GetUtcNow(),
        });
    }

    /// <summary>True when this handler already handled the event; otherwise records it with the handler's changes.</summary>
    public static async Task<bool> AlreadyHandledAsync(this IOutboxContext context, IntegrationEvent integrationEvent, string handler, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (await context.InboxMessages.AnyAsync(m => m.EventId == integrationEvent.EventId && m.Handler == handler, cancellationToken))
        {
            return true;
        }

        context.InboxMessages.Add(new InboxMessage { EventId = integrationEvent.EventId, Handler = handler, ProcessedAt = clock.GetUtcNow() });
        return false;
    }
}
