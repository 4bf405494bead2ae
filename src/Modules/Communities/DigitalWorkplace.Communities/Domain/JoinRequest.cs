namespace DigitalWorkplace.Communities.Domain;

internal enum JoinRequestStatus
{
    Pending,
    Approved,
    Declined,
}

/// <summary>A person's request to join a private community, one per person and community; asking again after a refusal reopens it.</summary>
internal sealed class JoinRequest
{
    public const int MessageMaxLength = 500;

    public required Guid CommunityId { get; init; }

    public required Guid PersonId { get; init; }

    public JoinRequestStatus Status { get; set; }

    /// <summary>Why they want to join, in their words (optional).</summary>
    public string? Message { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public Guid? DecidedBy { get; set; }
}
