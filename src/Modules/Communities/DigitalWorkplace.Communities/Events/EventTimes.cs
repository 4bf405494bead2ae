namespace DigitalWorkplace.Communities.Events;

/// <summary>
/// An event's wall-clock times and its time zone. Organisers think "Saturday 18:00 in Paris"; the instant is stored in UTC,
/// and a weekly series keeps its wall-clock time across a change of summer time.
/// </summary>
internal static class EventTimes
{
    public static bool TryZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || id.Length > Domain.CommunityEvent.TimeZoneMaxLength)
        {
            return false;
        }

        // IANA ids only ("Europe/Paris", "UTC"), as calendars and browsers name zones.
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone!) && (zone.HasIanaId || id == "UTC");
    }

    /// <summary>
    /// The instant of a time: a time without an offset is read on the zone's clock; one with an offset (or Z) is already an
    /// instant. Null for a wall-clock time the zone skips (the hour clocks go forward).
    /// </summary>
    public static DateTimeOffset? ToInstant(DateTime time, TimeZoneInfo zone)
    {
        if (time.Kind != DateTimeKind.Unspecified)
        {
            return new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero);
        }

        if (zone.IsInvalidTime(time))
        {
            return null;
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(time, zone), TimeSpan.Zero);
    }

    /// <summary>The same wall-clock time <paramref name="weeks"/> weeks later (an hour later if that week skips it).</summary>
    public static DateTimeOffset WeeksLater(DateTimeOffset instant, int weeks, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(instant.UtcDateTime, zone).AddDays(7 * weeks);
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return ToInstant(wall, zone) ?? ToInstant(wall.AddHours(1), zone)!.Value;
    }

    public static DateTime Local(DateTimeOffset instant, string zoneId) =>
        TryZone(zoneId, out var zone) ? TimeZoneInfo.ConvertTimeFromUtc(instant.UtcDateTime, zone) : instant.UtcDateTime;
}
