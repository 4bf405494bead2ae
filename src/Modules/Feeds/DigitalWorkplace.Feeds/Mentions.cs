using System.Text.RegularExpressions;

namespace DigitalWorkplace.Feeds;

/// <summary>
/// Who a post or comment mentions: the profiles it links to (<c>@[Name](/people/{id})</c>, as the "@" suggestions
/// write it), read from the sanitised HTML, twenty at most. The mentioned are told if they may read it.
/// </summary>
internal static partial class Mentions
{
    public const int Max = 20;

    public static IReadOnlyList<Guid> In(string html, Guid authorId) =>
        [.. ProfileLink().Matches(html)
            .Select(m => Guid.TryParse(m.Groups[1].Value, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty && id != authorId)
            .Distinct()
            .Take(Max)];

    [GeneratedRegex("<a [^>]*href=\"/people/([0-9a-fA-F-]{36})\"", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileLink();
}
