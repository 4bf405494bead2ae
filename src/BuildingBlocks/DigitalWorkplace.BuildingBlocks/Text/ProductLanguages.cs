using System.Globalization;

namespace DigitalWorkplace.BuildingBlocks.Text;

/// <summary>The languages the product is written in (its pages, and content authored in several languages).</summary>
public static class ProductLanguages
{
    public const string Default = "en";

    public static readonly IReadOnlyList<string> All = ["en", "fr"];

    /// <summary>The reader's language ("fr" for fr-CA), or the default when the product does not speak theirs.</summary>
    public static string Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var language = culture.TwoLetterISOLanguageName;
        return All.Contains(language) ? language : Default;
    }

    /// <summary>The language of the request being answered (its UI culture).</summary>
    public static string Current => Of(CultureInfo.CurrentUICulture);

    public static bool IsKnown(string? language) => language is not null && All.Contains(language);
}
