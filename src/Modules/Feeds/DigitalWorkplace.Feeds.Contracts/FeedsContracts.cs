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
    IReadOnlyList<string> MyReactions);

public sealed record CommentDto(Guid Id, Guid PostId, AuthorDto Author, string Html, DateTimeOffset CreatedAt);

public sealed record PostDetailDto(PostDto Post, IReadOnlyList<CommentDto> Comments);

/// <summary>Feed use cases for the UI.</summary>
public interface IFeedsService
{
    Task<Result<Page<PostDto>>> HomeFeedAsync(string? after, int? pageSize, CancellationToken cancellationToken);

    Task<Result<Page<PostDto>>> CommunityFeedAsync(Guid communityId, string? after, int? pageSize, CancellationToken cancellationToken);

    Task<Result<PostDetailDto>> GetPostAsync(Guid postId, CancellationToken cancellationToken);

    Task<Result<PostDto>> PublishPostAsync(Guid communityId, string markdown, string? idempotencyKey, CancellationToken cancellationToken);

    Task<Result<CommentDto>> AddCommentAsync(Guid postId, string markdown, string? idempotencyKey, CancellationToken cancellationToken);

    Task<Result<PostDto>> ReactAsync(Guid postId, string kind, CancellationToken cancellationToken);

    /// <summary>Takes back the current person's reaction of that kind (nothing happens when there was none).</summary>
    Task<Result<Done>> RemoveReactionAsync(Guid postId, string kind, CancellationToken cancellationToken);
}

[IntegrationEventName("feeds.post-published")]
public sealed record PostPublishedIntegrationEvent(
    Guid PostId, Guid CommunityId, Guid AuthorId, string AuthorName, string Text, string Html, DateTimeOffset PublishedAt) : IntegrationEvent;

[IntegrationEventName("feeds.comment-added")]
public sealed record CommentAddedIntegrationEvent(
    Guid CommentId, Guid PostId, Guid PostAuthorId, Guid CommunityId, Guid AuthorId, string AuthorName, string Text, string Html, DateTimeOffset CreatedAt) : IntegrationEvent;

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
}

/// <summary>Posts and comments were removed (their author was erased with their content): every copy of them goes too.</summary>
[IntegrationEventName("feeds.content-removed")]
public sealed record ContentRemovedIntegrationEvent(IReadOnlyList<Guid> PostIds, IReadOnlyList<Guid> CommentIds) : IntegrationEvent;
