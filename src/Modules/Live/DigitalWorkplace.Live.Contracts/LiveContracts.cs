namespace DigitalWorkplace.Live.Contracts;

public sealed record NotificationDto(Guid Id, string Kind, string Text, string Url, DateTimeOffset At, bool IsRead);

/// <summary>The in-app notification centre (Notifications live in the Live module for now).</summary>
public interface INotificationsService
{
    Task<IReadOnlyList<NotificationDto>> MineAsync(int take, CancellationToken cancellationToken);

    Task<int> UnreadCountAsync(CancellationToken cancellationToken);

    Task MarkAllReadAsync(CancellationToken cancellationToken);
}

/// <summary>Names of the hub and its client methods, shared by the server, the JavaScript client and the .NET client.</summary>
public static class LiveHub
{
    public const string Path = "/hubs/live";
    public const string PostPublished = "postPublished";
    public const string CommentAdded = "commentAdded";
    public const string ReactionAdded = "reactionAdded";
    public const string NotificationReceived = "notificationReceived";
}

/// <summary>What the hub sends for a new post: enough to render it without another request.</summary>
public sealed record LivePostMessage(Guid PostId, Guid CommunityId, Guid AuthorId, string AuthorName, string Html, DateTimeOffset PublishedAt);

public sealed record LiveCommentMessage(Guid CommentId, Guid PostId, Guid CommunityId, string AuthorName, string Html, DateTimeOffset CreatedAt);
