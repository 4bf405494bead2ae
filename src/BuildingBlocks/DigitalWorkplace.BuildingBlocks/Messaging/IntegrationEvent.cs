namespace DigitalWorkplace.BuildingBlocks.Messaging;

/// <summary>A fact one module tells the others, delivered at least once through the publisher's outbox.</summary>
public abstract record IntegrationEvent
{
    /// <summary>Unique per event; subscribers use it to ignore a redelivery.</summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();
}

/// <summary>Reacts to an integration event. Must be idempotent: a delivery may be repeated after a failure.</summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
