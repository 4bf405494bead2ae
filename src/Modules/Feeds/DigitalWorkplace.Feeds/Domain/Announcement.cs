namespace DigitalWorkplace.Feeds.Domain;

/// <summary>
/// A message from communications or a manager to saved audiences, outside any community. Who it reached is kept as
/// its recipients (worked out when it is published, and extended to people who enter its audiences while it is
/// current), so that reach and acknowledgement are counted against the people it was meant for.
/// </summary>
internal sealed class Announcement
{
    public const int TitleMaxLength = 150;

    public required Guid Id { get; init; }

    public required Guid AuthorId { get; init; }

    public required string Title { get; init; }

    public required string Markdown { get; init; }

    public required string Html { get; init; }

    public required string Text { get; init; }

    /// <summary>The saved audiences it addresses (kept as the author chose them, for later arrivals).</summary>
    public required List<Guid> AudienceIds { get; init; }

    /// <summary>Readers are asked to confirm they read it; it is on their task list until they do.</summary>
    public required bool MustRead { get; init; }

    /// <summary>When the acknowledgement is due (e.g. before the next shift); null for no deadline.</summary>
    public DateTimeOffset? AcknowledgeBefore { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>When the author last reminded those who had not acknowledged; one reminder an hour at most.</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    public string? IdempotencyKey { get; init; }

    public string? IdempotencyFingerprint { get; init; }
}

/// <summary>One person an announcement reached: when it came, when they opened it, when they acknowledged it.</summary>
internal sealed class AnnouncementRecipient
{
    public required Guid AnnouncementId { get; init; }

    public required Guid PersonId { get; init; }

    /// <summary>Their location when it reached them, so that reach by location does not move when people do.</summary>
    public Guid? OrgUnitId { get; init; }

    public required DateTimeOffset DeliveredAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }
}
