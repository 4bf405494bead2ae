namespace DigitalWorkplace.BuildingBlocks.Messaging;

/// <summary>The <c>Messaging</c> configuration section: how hard the outbox tries, and how long it remembers.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Attempts before a delivery is dead-lettered (with back-off 2, 4, 8 s... up to <see cref="MaxBackoff"/>: about 1.5 h).</summary>
    public int MaxAttempts { get; set; } = 15;

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Delivered messages and inbox rows older than this are deleted; dead letters stay until retried.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The safety net beside the save signal: catches messages saved by other nodes and retries that came due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a node's claim on a batch lasts before another node may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);
}
