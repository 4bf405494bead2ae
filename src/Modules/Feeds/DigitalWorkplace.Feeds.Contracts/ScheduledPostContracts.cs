namespace DigitalWorkplace.Feeds.Contracts;

/// <summary>A post to publish later: its text, an optional poll, and when (in the future, within a year).</summary>
public sealed record NewScheduledPost(string? Markdown, DateTimeOffset? PublishAt, PollInput? Poll = null);

/// <param name="Status">"Waiting", "Publishing", "Published" or "Failed".</param>
/// <param name="PostId">The post once published.</param>
/// <param name="Failure">Why it could not be published (an error code), when it failed.</param>
public sealed record ScheduledPostDto(Guid Id, Guid CommunityId, string CommunityName, string Markdown, DateTimeOffset PublishAt, string Status, Guid? PostId, string? Failure);
