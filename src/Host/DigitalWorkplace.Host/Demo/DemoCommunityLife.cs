using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Host.Demo;

/// <summary>
/// What makes the demo's communities look lived in on the first visit: tags, a charter, the weekly meetup with answers
/// and a full event with a waiting list, a report waiting in the moderation queue and a post held by a keyword rule.
/// </summary>
internal static class DemoCommunityLife
{
    public const string Charter =
        "1. Be kind: we are one team, whatever the location.\n2. Share what you learn; ask when you don't know.\n3. No photos of customers, no competitors' prices.\n" +
        "1. Bienveillance : une seule équipe, quel que soit le site.\n2. Partagez ce que vous apprenez ; demandez quand vous ne savez pas.\n3. Pas de photos de clients, pas de prix des concurrents.";

    public static readonly (string Community, string[] Tags, string? Language)[] Pages =
    [
        ("Baristas' Corner", ["barista", "latte-art", "recipes"], null),
        ("Airport Teams", ["airport", "early-shift"], null),
        ("Station Teams", ["station", "gare"], "fr"),
        ("Franchise Owners", ["franchise", "numbers"], null),
    ];

    /// <summary>Wall-clock times in Paris, counted from the next Tuesday.</summary>
    public static PlanEventRequest WeeklyHuddle(DateTime nextTuesday) => new(
        "Tuesday huddle / Point du mardi", "Ten minutes before the morning rush: delays, staffing, the week's recipe. / Dix minutes avant le rush.",
        nextTuesday.AddHours(6).AddMinutes(30), nextTuesday.AddHours(6).AddMinutes(45), "Europe/Paris", "Gate 12 café, back room", null, null, 6);

    public static PlanEventRequest LatteArtClass(DateTime nextTuesday) => new(
        "Latte art class / Atelier latte art", "Hearts, tulips and rosettas with our head barista. Three places only. / Trois places seulement.",
        nextTuesday.AddDays(3).AddHours(15), nextTuesday.AddDays(3).AddHours(16), "Europe/Paris", "Part-Dieu café", null, 3, 1);

    public const string HeldPost = "Is there a strike on Friday? Who can cover the morning shift?";

    public const string HoldWord = "strike";

    public const string ReportReason = "Spam";

    public const string ReportDetails = "Looks like an advert, not a tip.";

    /// <summary>The next Tuesday after today, at midnight (a wall-clock date).</summary>
    public static DateTime NextTuesday(DateTime today)
    {
        var days = ((int)DayOfWeek.Tuesday - (int)today.DayOfWeek + 7) % 7;
        return today.Date.AddDays(days == 0 ? 7 : days);
    }
}
