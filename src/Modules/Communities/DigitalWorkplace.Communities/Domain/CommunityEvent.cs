namespace DigitalWorkplace.Communities.Domain;

/// <summary>
/// A meetup in a community. A weekly series is stored as one event a week sharing <see cref="SeriesId"/>, each with its
/// own answers and capacity, so "I come on the 12th, not the 19th" needs nothing special.
/// </summary>
internal sealed class CommunityEvent
{
    public const int TitleMaxLength = 120;
    public const int DescriptionMaxLength = 2000;
    public const int PlaceMaxLength = 200;
    public const int OnlineUrlMaxLength = 500;
    public const int TimeZoneMaxLength = 64;

    public required Guid Id { get; init; }

    public required Guid CommunityId { get; init; }

    /// <summary>The first event's id for every event of a weekly series; null for a one-off.</summary>
    public Guid? SeriesId { get; init; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>When it starts and ends, in UTC; the organiser's wall-clock times are these in <see cref="TimeZone"/>.</summary>
    public required DateTimeOffset StartsAt { get; set; }

    public required DateTimeOffset EndsAt { get; set; }

    /// <summary>The IANA time zone the event happens in ("Europe/Paris"): what its times are shown and exported in.</summary>
    public required string TimeZone { get; set; }

    public string? Place { get; set; }

    public string? OnlineUrl { get; set; }

    /// <summary>How many may come; further "yes" answers wait on a list. Null: no limit.</summary>
    public int? Capacity { get; set; }

    public required Guid CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the reminder went to those coming; null until then (claimed once, whatever the number of nodes).</summary>
    public DateTimeOffset? ReminderSentAt { get; set; }

    /// <summary>Bumped by every answer, first thing in its transaction: answers to one event take turns (capacity holds).</summary>
    public int RsvpVersion { get; set; }

    public string? IdempotencyKey { get; init; }

    public string? IdempotencyFingerprint { get; init; }
}
