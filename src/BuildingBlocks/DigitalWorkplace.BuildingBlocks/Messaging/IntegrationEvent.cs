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

/// <summary>
/// The stored name of an event, e.g. <c>feeds.post-published</c>: "publishing module.what happened". Outbox rows keep this
/// name, not the C# type's, so renaming or moving the type never strands the rows still waiting.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>
/// The stored name of a subscriber, e.g. <c>search.index-post</c>: "subscribing module.what it does". Each (event, subscriber)
/// is delivered, retried and dead-lettered on its own, under this name.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventSubscriberAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
