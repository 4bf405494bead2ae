namespace DigitalWorkplace.BuildingBlocks.Messaging;

/// <summary>An integration event saved in the same transaction as the change it describes.</summary>
public sealed class OutboxMessage
{
    public required Guid Id { get; init; }

    public required string Type { get; init; }

    public required string Payload { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>Not before this time: grows with each failed attempt so a broken subscriber is not hammered.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>A node's claim on the message, so that several nodes never deliver it at the same time.</summary>
    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public string? LastError { get; set; }
}

/// <summary>An event a subscriber of this module has already handled, written with the handler's own changes.</summary>
public sealed class InboxMessage
{
    public required Guid EventId { get; init; }

    public required string Handler { get; init; }

    public required DateTimeOffset ProcessedAt { get; init; }
}
