namespace DigitalWorkplace.Live.Contracts;

public sealed record NotificationDto(Guid Id, string Kind, string Text, string Url, DateTimeOffset At, bool IsRead);

/// <summary>The in-app notification centre (Notifications live in the Live module for now).</summary>
public interface INotificationsService
{
    Task<IReadOnlyList<NotificationDto>> MineAsync(int take, CancellationToken cancellationToken);

    Task<NotificationPreferencesDto> PreferencesAsync(CancellationToken cancellationToken);

    Task<BuildingBlocks.Results.Result<NotificationPreferencesDto>> SetPreferencesAsync(NotificationPreferencesInput preferences, CancellationToken cancellationToken);

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
/// <param name="AuthorIsExternal">A guest or contractor: marked as on the server-drawn page.</param>
public sealed record LivePostMessage(
    Guid PostId, Guid CommunityId, Guid AuthorId, string AuthorName, string Html, DateTimeOffset PublishedAt, bool AuthorIsExternal = false, string? AuthorPhotoUrl = null);

public sealed record LiveCommentMessage(
    Guid CommentId, Guid PostId, Guid CommunityId, string AuthorName, string Html, DateTimeOffset CreatedAt, bool AuthorIsExternal = false);

/// <summary>What the hub sends when someone reacts to a post of a community the reader is in.</summary>
public sealed record LiveReactionMessage(Guid PostId, Guid CommunityId, Guid PersonId, string Kind);

/// <summary>A poll's counts after a vote, option by option, and how many voted.</summary>
public sealed record LivePollMessage(Guid PostId, Guid CommunityId, IReadOnlyList<int> Counts, int Voters);

/// <summary>Sent to a person's own connections when they join or leave a community: the client then calls <see cref="LiveHubMethods.Resubscribe"/>.</summary>
public sealed record LiveMembershipMessage(Guid CommunityId, bool IsMember);

/// <summary>Client methods added after the first contract; kept apart so <see cref="LiveHub"/> stays as agreed.</summary>
public static class LiveHubEvents
{
    /// <summary>Someone took a reaction back (<see cref="LiveReactionMessage"/>): open screens count one less.</summary>
    public const string ReactionRemoved = "reactionRemoved";

    /// <summary>Someone voted in a poll (<see cref="LivePollMessage"/>): open screens show the new counts.</summary>
    public const string PollVoted = "pollVoted";

    public const string MembershipChanged = "membershipChanged";
}

/// <summary>Methods a client may call on the hub.</summary>
public static class LiveHubMethods
{
    /// <summary>Recomputes the connection's community groups (after <see cref="LiveHubEvents.MembershipChanged"/>).</summary>
    public const string Resubscribe = "Resubscribe";
}

/// <summary>The answer of <c>GET /api/v1/notifications</c>: the newest notifications and how many are unread.</summary>
public sealed record NotificationListDto(IReadOnlyList<NotificationDto> Items, int UnreadCount);

/// <summary>How often a person is mailed what waited unread in their notification centre.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<DigestFrequency>))]
public enum DigestFrequency
{
    Off,
    Daily,
    Weekly,
}

/// <summary>
/// What a person hears of: the groups they may turn off (<see cref="Groups"/>), those they did, their quiet hours
/// (an off-shift window in their time zone: nothing pushed or mailed then, it waits in the centre), and their e-mail
/// digest (<paramref name="DigestAvailable"/>: this network mails, and the person has an address).
/// </summary>
public sealed record NotificationPreferencesDto(
    IReadOnlyList<string> Groups, IReadOnlyList<string> Muted, TimeOnly? QuietFrom, TimeOnly? QuietTo, string? TimeZone,
    DigestFrequency Digest = DigestFrequency.Daily, bool DigestAvailable = false);

/// <param name="QuietFrom">Start of the quiet hours; with <paramref name="QuietTo"/>, or neither.</param>
/// <param name="Digest">The e-mail digest; unchanged when not given (daily for someone who never chose).</param>
public sealed record NotificationPreferencesInput(IReadOnlyList<string>? Muted, TimeOnly? QuietFrom, TimeOnly? QuietTo, string? TimeZone, DigestFrequency? Digest = null);

/// <summary>One notification in a digest, its link made absolute.</summary>
public sealed record DigestItem(string Kind, string Text, Uri Url, DateTimeOffset At);

/// <summary>What a digest says: to whom, in which language ("en", "fr"), the notifications (newest first), how many more wait, and where to change it.</summary>
public sealed record DigestContent(string PersonName, string Language, IReadOnlyList<DigestItem> Items, int More, Uri CentreUrl, Uri SettingsUrl, string? TimeZone);

public sealed record DigestMail(string Subject, string Text, string Html);

/// <summary>Words a digest in the person's language; the UI implements it with the words it shows the same notifications in.</summary>
public interface IDigestWriter
{
    DigestMail Write(DigestContent content);
}
