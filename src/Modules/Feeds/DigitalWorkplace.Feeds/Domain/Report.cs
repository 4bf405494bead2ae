namespace DigitalWorkplace.Feeds.Domain;

internal enum ReportReason
{
    Spam,
    Harassment,
    Misinformation,
    Inappropriate,
    Other,
}

internal enum ReportOutcome
{
    Hidden,
    Deleted,
    Kept,

    /// <summary>Held content a moderator let through (no report is closed with it; the author is told).</summary>
    Approved,
}

/// <summary>
/// Someone flagged a post or a comment for the community's moderators, once per person and piece of content (asking
/// again changes nothing). Open until a moderator decides; the reporter is then told the outcome.
/// </summary>
internal sealed class Report
{
    public const int DetailsMaxLength = 500;

    public required Guid Id { get; init; }

    public required Guid CommunityId { get; init; }

    public required Guid PostId { get; init; }

    /// <summary>The reported comment, or null when the post itself is reported.</summary>
    public Guid? CommentId { get; init; }

    /// <summary>The comment's id, or the post's: what one person reports once.</summary>
    public required Guid TargetId { get; init; }

    public required Guid ReporterId { get; init; }

    public required ReportReason Reason { get; init; }

    public string? Details { get; init; }

    public required DateTimeOffset ReportedAt { get; init; }

    public ReportOutcome? Outcome { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public Guid? DecidedBy { get; set; }
}
