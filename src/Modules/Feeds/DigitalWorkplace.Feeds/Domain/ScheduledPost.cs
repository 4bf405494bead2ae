namespace DigitalWorkplace.Feeds.Domain;

/// <summary>
/// A post written now to be published later (the next shift's briefing, the opening announcement). At its time the
/// scheduler publishes it as its author — as if they pressed Publish then, with the community's rules and their rights
/// at that moment — and keeps the outcome: the post, or why it could not be published.
/// </summary>
internal sealed class ScheduledPost
{
    public required Guid Id { get; init; }

    public required Guid CommunityId { get; init; }

    public required Guid AuthorId { get; init; }

    public required string Markdown { get; init; }

    /// <summary>The poll it asks (as written), if any.</summary>
    public PostPoll? Poll { get; init; }

    public required DateTimeOffset PublishAt { get; init; }

    public ScheduledPostStatus Status { get; set; }

    public Guid? PostId { get; set; }

    /// <summary>Why it was not published (the error code: left the community, a blocked word…).</summary>
    public string? Failure { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }
}

internal enum ScheduledPostStatus
{
    Waiting,
    Publishing,
    Published,
    Failed,
}
