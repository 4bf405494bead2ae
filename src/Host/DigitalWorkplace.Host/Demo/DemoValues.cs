using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Host.Demo;

/// <summary>The demo brand's values, and the thanks the airport team gave each other for them.</summary>
internal static class DemoValues
{
    public static readonly BrandValueInput[] Values =
    [
        new("😊", "Guests first", "Le client d'abord", "Every traveller leaves a little happier than they came.", "Chaque voyageur repart un peu plus heureux qu'il n'est arrivé.", 0),
        new("🤝", "Team spirit", "Esprit d'équipe", "We cover for each other, on every shift.", "On se couvre les uns les autres, à chaque service.", 1),
        new("☕", "Craft", "Savoir-faire", "The perfect cup, every time.", "La tasse parfaite, à chaque fois.", 2),
        new("💚", "Care", "Prendre soin", "Of guests, of colleagues, of the planet.", "Des clients, des collègues, de la planète.", 3),
    ];

    /// <summary>Who thanks whom (indexes into the airport people), for which value (index into <see cref="Values"/>), and why.</summary>
    public static readonly (int Author, int[] Thanked, int Value, string Text)[] Thanks =
    [
        (0, [1], 1, "Took my 6 am shift when my train was cancelled. Merci !"),
        (1, [2, 3], 0, "Calmed a whole queue of delayed travellers with free refills and a smile."),
        (2, [0], 2, "Taught the new seasonal team latte art in one afternoon ☕"),
        (3, [1], 3, "Sorted the recycling mix-up before the audit."),
    ];
}
