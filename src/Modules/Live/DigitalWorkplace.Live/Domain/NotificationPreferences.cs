using DigitalWorkplace.Live.Contracts;

namespace DigitalWorkplace.Live.Domain;

/// <summary>
/// What a person wants to hear of, and when: the groups of notifications they turned off, and their quiet hours — an
/// off-shift window, in their own time zone, during which nothing is pushed (it waits in the notification centre).
/// Nobody has a row until they change something: the defaults are everything on, no quiet hours.
/// </summary>
internal sealed class NotificationPreferences
{
    public required Guid PersonId { get; init; }

    public List<string> MutedGroups { get; set; } = [];

    public TimeOnly? QuietFrom { get; set; }

    public TimeOnly? QuietTo { get; set; }

    /// <summary>The IANA zone the quiet hours are in.</summary>
    public string? TimeZone { get; set; }

    public DigestFrequency Digest { get; set; } = DigestFrequency.Daily;

    /// <summary>The language the person last used the settings in ("en", "fr"): their digest is written in it.</summary>
    public string? Language { get; set; }

    public bool Mutes(string kind) => NotificationKinds.GroupOf(kind) is { } group && MutedGroups.Contains(group);

    /// <summary>Whether the instant falls in the quiet window (which may run past midnight: 22:00 to 06:00).</summary>
    public bool IsQuietAt(DateTimeOffset at)
    {
        if (QuietFrom is not { } from || QuietTo is not { } to || from == to || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone ?? "UTC", out var zone))
        {
            return false;
        }

        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        return from < to ? local >= from && local < to : local >= from || local < to;
    }
}
