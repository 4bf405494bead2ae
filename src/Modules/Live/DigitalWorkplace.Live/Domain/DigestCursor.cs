namespace DigitalWorkplace.Live.Domain;

/// <summary>
/// Where a person's e-mail digest stands: when it was last mailed, and the newest notification it carried (the next one
/// starts after it). A row is claimed by a conditional update before mailing, so two nodes never mail it twice.
/// </summary>
internal sealed class DigestCursor
{
    public required Guid PersonId { get; init; }

    public DateTimeOffset LastSentAt { get; set; }

    public DateTimeOffset SentUpTo { get; set; }
}
