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

    public const string TerracePost = "The new terrace at gate 12 is open! ☀️ #terrace / La nouvelle terrasse porte 12 est ouverte ! #terrasse";

    public const string PollQuestion = "Staff party after the season: which evening? / Fête de fin de saison : quel soir ?";

    public static readonly string[] PollAnswers = ["Friday / Vendredi", "Saturday / Samedi", "Sunday / Dimanche"];

    /// <summary>A picture drawn on the spot (sky, sun, a terrace's parasols): the demo ships no image files.</summary>
    public static byte[] TerracePicture()
    {
        using var bitmap = new SkiaSharp.SKBitmap(1200, 800);
        using (var canvas = new SkiaSharp.SKCanvas(bitmap))
        {
            canvas.Clear(new SkiaSharp.SKColor(0x8E, 0xC5, 0xEA));
            using var sun = new SkiaSharp.SKPaint { Color = new SkiaSharp.SKColor(0xF2, 0xA9, 0x00), IsAntialias = true };
            canvas.DrawCircle(960, 180, 90, sun);
            using var floor = new SkiaSharp.SKPaint { Color = new SkiaSharp.SKColor(0xC8, 0xA2, 0x7C) };
            canvas.DrawRect(0, 560, 1200, 240, floor);
            using var parasol = new SkiaSharp.SKPaint { Color = new SkiaSharp.SKColor(0x0B, 0x5C, 0xAD), IsAntialias = true };
            foreach (var x in new[] { 220, 600, 980 })
            {
                canvas.DrawOval(x, 420, 150, 50, parasol);
                canvas.DrawRect(x - 6, 420, 12, 170, parasol);
            }
        }

        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        return image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 90).ToArray();
    }

    /// <summary>Who thanks whom (indexes into the airport people), for which value (index into <see cref="Values"/>), and why.</summary>
    public static readonly (int Author, int[] Thanked, int Value, string Text)[] Thanks =
    [
        (0, [1], 1, "Took my 6 am shift when my train was cancelled. Merci !"),
        (1, [2, 3], 0, "Calmed a whole queue of delayed travellers with free refills and a smile."),
        (2, [0], 2, "Taught the new seasonal team latte art in one afternoon ☕ #latteart"),
        (3, [1], 3, "Sorted the recycling mix-up before the audit."),
    ];
}
