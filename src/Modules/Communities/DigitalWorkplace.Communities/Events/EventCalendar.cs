using DigitalWorkplace.Communities.Contracts;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace DigitalWorkplace.Communities.Events;

/// <summary>Events as iCalendar (RFC 5545) through Ical.Net: in their own time zone (with its VTIMEZONE), one UID per event.</summary>
internal static class EventCalendar
{
    public static string Write(IEnumerable<EventDto> events, string calendarName, Uri site)
    {
        var calendar = new Calendar { ProductId = "-//Digital Workplace//Events//EN" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        foreach (var zone in events.Select(e => e.TimeZone).Distinct(StringComparer.Ordinal).ToList())
        {
            calendar.AddTimeZone(new VTimeZone(zone));
        }

        foreach (var e in events)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{e.Id:N}@digital-workplace",
                Summary = e.Title,
                Description = e.Description,
                Location = e.Place ?? e.OnlineUrl,
                Url = new Uri(site, $"/events/{e.Id}"),
                Start = new CalDateTime(EventTimes.Local(e.StartsAt, e.TimeZone), e.TimeZone),
                End = new CalDateTime(EventTimes.Local(e.EndsAt, e.TimeZone), e.TimeZone),
                Status = e.MyWaitlisted ? "TENTATIVE" : "CONFIRMED",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
