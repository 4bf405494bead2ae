using System.Globalization;

namespace DigitalWorkplace.Web.Components.Shared;

/// <summary>The zones the network's places are in (the first is the default), and reading a form's date and time in one of them.</summary>
internal static class PlaceTimeZones
{
    public static readonly string[] All =
        ["Europe/Paris", "Europe/London", "Europe/Brussels", "Europe/Zurich", "Europe/Madrid", "Europe/Lisbon", "America/Montreal", "Indian/Reunion", "America/Guadeloupe", "Pacific/Noumea", "UTC"];

    /// <summary>The form's date and time, as a wall-clock time (no offset); null when unreadable.</summary>
    public static DateTime? WallClock(string? date, string? time) =>
        DateTime.TryParseExact($"{date} {time}", "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;

    /// <summary>That wall-clock time in the zone as an instant (summer time respected); null for an unknown zone or unreadable time.</summary>
    public static DateTimeOffset? Instant(string? date, string? time, string? zone)
    {
        if (WallClock(date, time) is not { } at || !TimeZoneInfo.TryFindSystemTimeZoneById(zone ?? All[0], out var timeZone))
        {
            return null;
        }

        return new DateTimeOffset(at, timeZone.GetUtcOffset(at)).ToUniversalTime();
    }
}
