using System.Text.Json.Serialization;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Feeds.Contracts;

/// <summary>What an author writes: a title, the text, the audiences it goes to, and whether readers must acknowledge it (by when).</summary>
public sealed record NewAnnouncement(string? Title, string? Markdown, IReadOnlyList<Guid>? AudienceIds, bool MustRead, DateTimeOffset? AcknowledgeBefore);

/// <summary>An announcement as its reader (or author) sees it, with the reader's own read and acknowledgement times.</summary>
/// <param name="IsRecipient">It was addressed to the reader (false for its author or an administrator looking at it).</param>
/// <param name="MaySeeReach">The reader is its author or an administrator, who see who it reached.</param>
public sealed record AnnouncementDto(
    Guid Id,
    AuthorDto Author,
    string Title,
    string Html,
    bool MustRead,
    DateTimeOffset? AcknowledgeBefore,
    DateTimeOffset PublishedAt,
    bool IsRecipient,
    DateTimeOffset? ReadAt,
    DateTimeOffset? AcknowledgedAt,
    bool MaySeeReach)
{
    /// <summary>A must-read the reader has not acknowledged yet: on their task list.</summary>
    public bool AwaitsAcknowledgement => IsRecipient && MustRead && AcknowledgedAt is null;
}

/// <summary>How many people it reached, opened it and (for a must-read) acknowledged it.</summary>
public sealed record ReachFiguresDto(int Recipients, int Read, int Acknowledged);

/// <param name="OrgUnitId">The location; null for people placed in no unit.</param>
public sealed record LocationReachDto(Guid? OrgUnitId, string? Name, ReachFiguresDto Figures);

/// <summary>The author's view of an announcement's reach, in total and location by location.</summary>
public sealed record AnnouncementReachDto(AnnouncementDto Announcement, ReachFiguresDto Totals, IReadOnlyList<LocationReachDto> ByLocation, DateTimeOffset? RemindedAt);

/// <summary>One person an announcement reached, and how far they went with it.</summary>
public sealed record RecipientDto(AuthorDto Person, string? Location, DateTimeOffset DeliveredAt, DateTimeOffset? ReadAt, DateTimeOffset? AcknowledgedAt);

/// <summary>Which recipients the author lists: all, those who have not yet acknowledged (or opened, for a plain announcement), or those who have.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecipientFilter>))]
public enum RecipientFilter
{
    All,
    Pending,
    Done,
}

/// <param name="Reminded">How many people the reminder went to.</param>
public sealed record ReminderSentDto(int Reminded, DateTimeOffset RemindedAt);

/// <summary>An audience the author may address.</summary>
public sealed record AudienceOptionDto(Guid Id, string Name);

/// <summary>Announcements: publishing to audiences, reading and acknowledging, and the author's reach.</summary>
public interface IAnnouncements
{
    Task<Result<AnnouncementDto>> PublishAsync(NewAnnouncement announcement, string? idempotencyKey, CancellationToken cancellationToken);

    /// <summary>The announcements addressed to me, newest first (with <paramref name="awaitingOnly"/>, only the must-reads I have not acknowledged, soonest due first).</summary>
    Task<Result<Page<AnnouncementDto>>> MineAsync(bool awaitingOnly, string? after, int? pageSize, CancellationToken cancellationToken);

    /// <summary>The announcements I published, newest first.</summary>
    Task<Result<Page<AnnouncementDto>>> SentAsync(string? after, CancellationToken cancellationToken);

    Task<Result<AnnouncementDto>> GetAsync(Guid announcementId, CancellationToken cancellationToken);

    /// <summary>Notes that I opened it (the first time counts).</summary>
    Task<Result<AnnouncementDto>> MarkReadAsync(Guid announcementId, CancellationToken cancellationToken);

    Task<Result<AnnouncementDto>> AcknowledgeAsync(Guid announcementId, CancellationToken cancellationToken);

    Task<Result<AnnouncementReachDto>> ReachAsync(Guid announcementId, CancellationToken cancellationToken);

    Task<Result<Page<RecipientDto>>> RecipientsAsync(Guid announcementId, RecipientFilter filter, Guid? orgUnitId, string? after, CancellationToken cancellationToken);

    /// <summary>Reminds everyone who has not acknowledged it (or, for a plain announcement, not opened it).</summary>
    Task<Result<ReminderSentDto>> RemindAsync(Guid announcementId, CancellationToken cancellationToken);

    /// <summary>The audiences I may address; empty for someone who may not announce.</summary>
    Task<IReadOnlyList<AudienceOptionDto>> AudiencesAsync(CancellationToken cancellationToken);
}

/// <summary>An announcement reached these people (published, or they entered its audience since), or its author reminded them.</summary>
[IntegrationEventName("feeds.announcement-delivered")]
public sealed record AnnouncementDeliveredIntegrationEvent(
    Guid AnnouncementId, string Title, bool MustRead, DateTimeOffset? AcknowledgeBefore, IReadOnlyList<Guid> PersonIds, bool IsReminder) : IntegrationEvent;
