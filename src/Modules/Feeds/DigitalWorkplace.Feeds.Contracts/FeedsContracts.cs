using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Feeds.Contracts;

/// <summary>How long posts and comments may be: the API refuses longer ones and the UI's fields stop there.</summary>
public static class FeedLimits
{
    public const int PostMaxLength = 10_000;
    public const int CommentMaxLength = 4_000;
}

/// <summary>The reactions a post can get, in the fixed order they are always listed in (so clients render them stably).</summary>
public static class ReactionKinds
{
    public const int MaxLength = 20;

    private static readonly string[] Kinds = ["like", "celebrate", "support", "insightful", "funny"];

    public static IReadOnlyList<string> All => Kinds;

    public static bool IsKnown(string? kind) => kind is not null && Array.IndexOf(Kinds, kind) >= 0;

    public static int Order(string kind)
    {
        var index = Array.IndexOf(Kinds, kind);
        return index < 0 ? Kinds.Length : index;
    }
}

/// <param name="IsExternal">An external person (a guest, a contractor): marked wherever their name shows.</param>
/// <param name="PhotoUrl">Their profile photo, null without one.</param>
public sealed record AuthorDto(Guid Id, string DisplayName, bool IsExternal = false, string? PhotoUrl = null);

public sealed record ReactionCountDto(string Kind, int Count);

/// <summary>A post as the reader sees it: sanitised HTML, counts and the reader's own reactions.</summary>
public sealed record PostDto(
    Guid Id,
    Guid CommunityId,
    string CommunityName,
    AuthorDto Author,
    string Html,
    DateTimeOffset PublishedAt,
    int CommentCount,
    IReadOnlyList<ReactionCountDto> Reactions,
    IReadOnlyList<string> MyReactions,
    string Status = "Published",
    RecognitionDto? Recognition = null,
    IReadOnlyList<AttachmentDto>? Attachments = null,
    LinkPreviewDto? LinkPreview = null,
    PollDto? Poll = null,
    DateTimeOffset? EditedAt = null,
    bool IsPinned = false);

/// <summary>A post's or comment's text in <paramref name="Language"/>, sanitised; <paramref name="SourceLanguage"/> is what the translator found it written in.</summary>
public sealed record TranslationDto(string Html, string? SourceLanguage, string Language);

/// <summary>A post as it was before an edit.</summary>
public sealed record PostRevisionDto(string Html, DateTimeOffset WrittenAt, DateTimeOffset ReplacedAt);

/// <summary>A post's text changed: copies of it (search) read it again.</summary>
[IntegrationEventName("feeds.post-edited")]
public sealed record PostEditedIntegrationEvent(Guid PostId, Guid CommunityId) : IntegrationEvent;

/// <summary>
/// The preview of a post's first link: the linked page's own title and description (fetched by the server), or — for a
/// link to another post of this site — that post's community and beginning, shown only to readers who may read it.
/// </summary>
/// <param name="Host">The site's name as in the address (what the link really opens), empty for a post of this site.</param>
public sealed record LinkPreviewDto(string Url, string Host, string? Title, string? Description, string? SiteName, bool IsPost = false);

/// <param name="Status">"Published", or "Held" (waiting for a moderator) as its author is answered when they write it.</param>
/// <param name="ParentId">The comment it answers (replies are one level deep); null for a top-level comment.</param>
public sealed record CommentDto(
    Guid Id, Guid PostId, AuthorDto Author, string Html, DateTimeOffset CreatedAt, string Status = "Published", IReadOnlyList<AttachmentDto>? Attachments = null, Guid? ParentId = null);

public sealed record PostDetailDto(PostDto Post, IReadOnlyList<CommentDto> Comments);

/// <summary>Feed use cases for the UI.</summary>
public interface IFeedsService
{
    Task<Result<Page<PostDto>>> HomeFeedAsync(string? after, int? pageSize, CancellationToken cancellationToken);

    Task<Result<Page<PostDto>>> CommunityFeedAsync(Guid communityId, string? after, int? pageSize, CancellationToken cancellationToken);

    Task<Result<PostDetailDto>> GetPostAsync(Guid postId, CancellationToken cancellationToken);

    /// <param name="recognition">Thanks colleagues against a brand value (a recognition post); null for an ordinary post.</param>
    /// <param name="attachmentIds">Pictures and files uploaded for it (<see cref="IAttachments"/>), at most six.</param>
    /// <param name="poll">A poll the post asks; null for none.</param>
    Task<Result<PostDto>> PublishPostAsync(
        Guid communityId, string markdown, string? idempotencyKey, CancellationToken cancellationToken, RecognitionInput? recognition = null, IReadOnlyList<Guid>? attachmentIds = null,
        PollInput? poll = null);

    /// <param name="replyTo">The comment it answers; a reply to a reply answers that reply's top-level comment (one level).</param>
    Task<Result<CommentDto>> AddCommentAsync(
        Guid postId, string markdown, string? idempotencyKey, CancellationToken cancellationToken, IReadOnlyList<Guid>? attachmentIds = null, Guid? replyTo = null);

    Task<Result<PostDto>> ReactAsync(Guid postId, string kind, CancellationToken cancellationToken);

    /// <summary>The author changes their post's text; the earlier version is kept.</summary>
    Task<Result<PostDto>> EditPostAsync(Guid postId, string markdown, CancellationToken cancellationToken);

    /// <summary>The post's Markdown, for its author (null for anyone else).</summary>
    Task<string?> MarkdownOfAsync(Guid postId, CancellationToken cancellationToken);

    /// <summary>The post's earlier versions, newest first.</summary>
    Task<Result<IReadOnlyList<PostRevisionDto>>> RevisionsAsync(Guid postId, CancellationToken cancellationToken);

    /// <summary>The post, or one of its comments, in the reader's language (503 <c>translation.off</c> when no translator is configured).</summary>
    Task<Result<TranslationDto>> TranslateAsync(Guid postId, Guid? commentId, CancellationToken cancellationToken);

    /// <summary>The author deletes their post: gone for readers, kept for the community's moderators.</summary>
    Task<Result<Done>> DeletePostAsync(Guid postId, CancellationToken cancellationToken);

    /// <summary>Pins the post at the top of its community (one pinned post a community), or unpins it.</summary>
    Task<Result<Done>> PinAsync(Guid postId, bool pinned, CancellationToken cancellationToken);

    /// <summary>A topic page: the posts filed under a hashtag that the reader may read, newest first.</summary>
    Task<Result<Page<PostDto>>> TopicAsync(string tag, string? after, CancellationToken cancellationToken);

    /// <summary>Schedules a post for later (the same rights and rules as publishing, checked now and again at its time).</summary>
    Task<Result<ScheduledPostDto>> ScheduleAsync(Guid communityId, NewScheduledPost post, CancellationToken cancellationToken);

    /// <summary>My scheduled posts still waiting, and those that could not be published, soonest first.</summary>
    Task<IReadOnlyList<ScheduledPostDto>> ScheduledAsync(CancellationToken cancellationToken);

    Task<Result<Done>> CancelScheduledAsync(Guid scheduledPostId, CancellationToken cancellationToken);

    /// <summary>Votes in a post's poll (the reader's choices replace their earlier ones).</summary>
    Task<Result<PollDto>> VoteAsync(Guid postId, IReadOnlyList<int> choices, CancellationToken cancellationToken);

    /// <summary>Takes back the current person's reaction of that kind (nothing happens when there was none).</summary>
    Task<Result<Done>> RemoveReactionAsync(Guid postId, string kind, CancellationToken cancellationToken);

    /// <summary>Who reacted to the post, kind by kind, for whoever may read it.</summary>
    Task<Result<IReadOnlyList<ReactorsDto>>> ReactorsAsync(Guid postId, CancellationToken cancellationToken);

    /// <summary>Reports a post (or, with <paramref name="commentId"/>, one of its comments) to the community's moderators.</summary>
    Task<Result<ReportDto>> ReportAsync(Guid postId, Guid? commentId, string reason, string? details, CancellationToken cancellationToken);

    /// <summary>
    /// A moderation queue — what was reported, what is held for approval, or what was hidden — of one community for its
    /// owners and moderators, or of every community for administrators (null).
    /// </summary>
    Task<Result<IReadOnlyList<ModerationItemDto>>> ModerationQueueAsync(Guid? communityId, ModerationView view, CancellationToken cancellationToken);

    /// <summary>Hides, restores (keeps) or deletes a reported post or comment; the reporters and the author are told.</summary>
    Task<Result<Done>> ModerateAsync(Guid postId, Guid? commentId, ModerationDecision decision, CancellationToken cancellationToken);
}

/// <summary>What a moderator decides about a post or comment.</summary>
public enum ModerationDecision
{
    /// <summary>Nobody reads it any more, search forgets it; it can be restored.</summary>
    Hide,

    /// <summary>Back for everyone (or kept as it was): the reports are closed as unfounded. Held content is approved: published now.</summary>
    Restore,

    /// <summary>Gone for good, with its comments and reactions.</summary>
    Delete,
}

/// <summary>The moderation queues: reported content, content held for approval, hidden content.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ModerationView>))]
public enum ModerationView
{
    Reported,
    Held,
    Hidden,

    /// <summary>What authors deleted themselves: kept for the moderators, read by nobody else.</summary>
    Deleted,
}

/// <summary>Why someone reports content; the moderators see it, the author does not learn who reported.</summary>
public static class ReportReasons
{
    public static IReadOnlyList<string> All { get; } = ["Spam", "Harassment", "Misinformation", "Inappropriate", "Other"];
}

/// <param name="Outcome">Null while open; then "Hidden", "Deleted" or "Kept".</param>
public sealed record ReportDto(Guid Id, Guid PostId, Guid? CommentId, string Reason, string? Details, DateTimeOffset ReportedAt, string? Outcome);

public sealed record ReportSummaryDto(string Reason, string? Details, DateTimeOffset ReportedAt);

/// <summary>A post or comment in a moderation queue, with the open reports on it (who reported is not shown).</summary>
/// <param name="Status">"Published", "Held" or "Hidden".</param>
public sealed record ModerationItemDto(
    Guid PostId, Guid? CommentId, Guid CommunityId, string CommunityName, AuthorDto Author, string Html, string Status, DateTimeOffset WrittenAt, IReadOnlyList<ReportSummaryDto> Reports);

[IntegrationEventName("feeds.post-published")]
/// <param name="RecognisedIds">Who a recognition post thanks (told if they may read it); empty for an ordinary post.</param>
/// <param name="MentionedIds">Who it mentions (told if they may read it).</param>
public sealed record PostPublishedIntegrationEvent(
    Guid PostId, Guid CommunityId, Guid AuthorId, string AuthorName, string Text, string Html, DateTimeOffset PublishedAt,
    IReadOnlyList<Guid>? RecognisedIds = null, IReadOnlyList<Guid>? MentionedIds = null) : IntegrationEvent;

[IntegrationEventName("feeds.comment-added")]
/// <param name="MentionedIds">Who it mentions (told if they may read it).</param>
/// <param name="ParentAuthorId">For a reply, the author of the comment it answers (told if they may read it).</param>
public sealed record CommentAddedIntegrationEvent(
    Guid CommentId, Guid PostId, Guid PostAuthorId, Guid CommunityId, Guid AuthorId, string AuthorName, string Text, string Html, DateTimeOffset CreatedAt,
    IReadOnlyList<Guid>? MentionedIds = null, Guid? ParentAuthorId = null) : IntegrationEvent;

/// <summary>Someone took a reaction back: open screens count one less.</summary>
[IntegrationEventName("feeds.reaction-removed")]
public sealed record ReactionRemovedIntegrationEvent(Guid PostId, Guid CommunityId, Guid PersonId, string Kind) : IntegrationEvent;

/// <summary>Who reacted to a post with one kind of reaction.</summary>
public sealed record ReactorsDto(string Kind, IReadOnlyList<AuthorDto> People);

[IntegrationEventName("feeds.reaction-added")]
public sealed record ReactionAddedIntegrationEvent(Guid PostId, Guid PostAuthorId, Guid CommunityId, Guid PersonId, string Kind) : IntegrationEvent;

/// <summary>Every post and comment, for rebuilding the search index.</summary>
public interface IFeedsIndexSource
{
    IAsyncEnumerable<PostPublishedIntegrationEvent> AllPostsAsync(CancellationToken cancellationToken);

    IAsyncEnumerable<CommentAddedIntegrationEvent> AllCommentsAsync(CancellationToken cancellationToken);

    /// <summary>One author's posts, to index them again (an erased author's kept posts show "former member").</summary>
    IAsyncEnumerable<PostPublishedIntegrationEvent> PostsOfAsync(Guid authorId, CancellationToken cancellationToken);

    IAsyncEnumerable<CommentAddedIntegrationEvent> CommentsOfAsync(Guid authorId, CancellationToken cancellationToken);

    /// <summary>These posts and comments as they are indexed, the published ones only (a restore indexes them again).</summary>
    Task<(IReadOnlyList<PostPublishedIntegrationEvent> Posts, IReadOnlyList<CommentAddedIntegrationEvent> Comments)> PublishedAsync(
        IReadOnlyList<Guid> postIds, IReadOnlyList<Guid> commentIds, CancellationToken cancellationToken);
}

/// <summary>
/// Posts and comments were removed or hidden (their author was erased with their content, a moderator hid or deleted
/// them): every copy of them goes too — search, caches.
/// </summary>
[IntegrationEventName("feeds.content-removed")]
public sealed record ContentRemovedIntegrationEvent(IReadOnlyList<Guid> PostIds, IReadOnlyList<Guid> CommentIds) : IntegrationEvent;

/// <summary>Hidden content was restored by a moderator: it is found again (the search reads it back from <see cref="IFeedsIndexSource"/>).</summary>
[IntegrationEventName("feeds.content-restored")]
public sealed record ContentRestoredIntegrationEvent(IReadOnlyList<Guid> PostIds, IReadOnlyList<Guid> CommentIds) : IntegrationEvent;

/// <summary>A moderator decided on a post or comment: its reporters learn the outcome, its author that it was hidden or deleted.</summary>
/// <param name="Outcome">"Hidden", "Deleted", "Kept" or "Approved" (held content published).</param>
[IntegrationEventName("feeds.content-moderated")]
public sealed record ContentModeratedIntegrationEvent(
    Guid CommunityId, Guid PostId, Guid? CommentId, Guid AuthorId, string Outcome, IReadOnlyList<Guid> ReporterIds) : IntegrationEvent;
