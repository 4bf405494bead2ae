namespace DigitalWorkplace.Live.Domain;

/// <summary>Something that happened to a person, shown in their notification centre until they read it.</summary>
internal sealed class Notification
{
    public const int KindMaxLength = 50;
    public const int TextMaxLength = 500;
    public const int UrlMaxLength = 300;

    public required Guid Id { get; init; }

    public required Guid PersonId { get; init; }

    /// <summary>A stable code (<see cref="NotificationKinds"/>); the UI words it in the reader's language.</summary>
    public required string Kind { get; init; }

    /// <summary>The words of whoever caused it (e.g. "Ana: the comment's beginning"), never a sentence of ours to translate.</summary>
    public required string Text { get; init; }

    public required string Url { get; init; }

    public required DateTimeOffset At { get; init; }

    public DateTimeOffset? ReadAt { get; set; }
}

internal static class NotificationKinds
{
    /// <summary>The groups a person may turn off. Must-reads and their reminders, help answers and moderation of one's own content always come.</summary>
    public static readonly IReadOnlyList<string> Groups = ["comments", "reactions", "mentions", "recognitions", "announcements", "events", "communities", "reports"];

    public static string? GroupOf(string kind) => kind switch
    {
        CommentOnMyPost or Reply => "comments",
        Mention => "mentions",
        Reactions => "reactions",
        Recognition => "recognitions",
        "announcement" => "announcements",
        EventReminder or EventSpot => "events",
        JoinRequest or JoinApproved or JoinDeclined or CommunityInvitation => "communities",
        _ when kind.StartsWith("report-", StringComparison.Ordinal) => "reports",
        _ => null,
    };

    /// <summary>Kinds whose text quotes what someone wrote ("Author: the beginning"): kept on the platform, never mailed.</summary>
    public static bool QuotesContent(string kind) => kind is CommentOnMyPost or Reply or Mention;

    public const string CommentOnMyPost = "comment";
    public const string JoinRequest = "join-request";
    public const string JoinApproved = "join-approved";
    public const string JoinDeclined = "join-declined";
    public const string EventReminder = "event-reminder";
    public const string EventSpot = "event-spot";
    public const string CommunityInvitation = "community-invitation";

    /// <summary>Someone replied to the person's comment (the text: "Author: the beginning").</summary>
    public const string Reply = "reply";

    /// <summary>People reacted to the person's post, grouped while unread (the text: "Ana, Bo, +3").</summary>
    public const string Reactions = "reactions";

    /// <summary>Someone mentioned the person in a post or comment they may read (the text: "Author: the beginning").</summary>
    public const string Mention = "mention";

    /// <summary>A colleague thanked the person against a brand value (the text is their name).</summary>
    public const string Recognition = "recognition";

    /// <summary>An announcement reached the person: "announcement", "announcement-must-read", or its author's "announcement-reminder".</summary>
    public static string Announcement(bool mustRead, bool reminder) => reminder ? "announcement-reminder" : mustRead ? "announcement-must-read" : "announcement";

    /// <summary>Support answered ("help-answered"), or the request was closed or opened again ("help-closed", "help-open").</summary>
    public static string Help(bool answered, string status) => answered ? "help-answered" : "help-" + status.ToLowerInvariant();

    /// <summary>A moderator decided on what the person reported: "report-hidden", "report-deleted" or "report-kept".</summary>
    public static string ReportOutcome(string outcome) => "report-" + outcome.ToLowerInvariant();

    /// <summary>A manager signed off the person's on-site task ("sign-off-approved") or declined it ("sign-off-declined"); the text is the task's title.</summary>
    public static string SignOff(bool approved) => approved ? "sign-off-approved" : "sign-off-declined";

    /// <summary>An onboarding track not finished yet: "onboarding-due-soon", or "onboarding-overdue" once past its date (the text: the track's title).</summary>
    public static string OnboardingReminder(bool overdue) => overdue ? "onboarding-overdue" : "onboarding-due-soon";

    /// <summary>A refresher's time came: the track is the person's to do again (the text: its title).</summary>
    public const string OnboardingRefresher = "onboarding-refresher";

    /// <summary>A moderator hid or deleted what the person wrote: "content-hidden" or "content-deleted".</summary>
    public static string ContentModerated(string outcome) => "content-" + outcome.ToLowerInvariant();
}
