namespace DigitalWorkplace.BuildingBlocks.Messaging;

/// <summary>An integration event saved in the same transaction as the change it describes.</summary>
public sealed class OutboxMessage
{
    public required Guid Id { get; init; }

    /// <summary>The event's stable name (<see cref="IntegrationEventNameAttribute"/>), never its C# type.</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>
/// One message for one subscriber, written with the message: delivered, retried with back-off and dead-lettered on its
/// own, so a failing subscriber holds up nobody else and one that succeeded is never run again on a retry.
/// </summary>
public sealed class OutboxDelivery
{
    public required Guid MessageId { get; init; }

    /// <summary>The subscriber's stable name (<see cref="IntegrationEventSubscriberAttribute"/>).</summary>
    public required string Subscriber { get; init; }

    public int Attempts { get; set; }

    /// <summary>Not before this time: grows with each failed attempt so a broken subscriber is not hammered.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>A node's claim, so that several nodes never deliver it at the same time.</summary>
    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Set when the attempts ran out: the delivery waits for an operator (<c>outbox retry</c>).</summary>
    public DateTimeOffset? DeadAt { get; set; }

    public string? LastError { get; set; }
}

/// <summary>An event a subscriber of this module has already handled, written with the handler's own changes.</summary>
public sealed class InboxMessage
{
    public required Guid EventId { get; init; }

    public required string Handler { get; init; }

    public required DateTimeOffset ProcessedAt { get; init; }
}
