using System.Globalization;
using System.Text;

namespace DigitalWorkplace.Search.Indexing;

/// <summary>
/// Plain-text snippets shared by both providers: a window of the text around the first word of the query
/// found in it, compared without accents or case, so the result reads the same whatever the provider.
/// </summary>
internal static class Snippets
{
    public const int Length = 160;

    public static string For(string text, string query)
    {
        if (text.Length <= Length)
        {
            return text;
        }

        var foldedText = Fold(text);
        var start = 0;
        foreach (var word in Fold(query).Split([' ', '"', '*', '(', ')', '+', '-', '|', '~'], StringSplitOptions.RemoveEmptyEntries))
        {
            var at = foldedText.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                start = Math.Max(0, at - (Length / 4));
                break;
            }
        }

        start = Math.Min(start, text.Length - Length);
        var snippet = text.Substring(start, Length).Trim();
        return (start > 0 ? "…" : string.Empty) + snippet + (start + Length < text.Length ? "…" : string.Empty);
    }

    /// <summary>Lower case without diacritics, one character for one, so positions map back to the original text.</summary>
    private static string Fold(string value)
    {
        var folded = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var letter = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark ? decomposed[0] : c;
            folded.Append(char.ToLowerInvariant(letter));
        }

        return folded.ToString();
    }
}
