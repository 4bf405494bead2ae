using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DigitalWorkplace.Feeds;

/// <summary>
/// Hashtags: <c>#word</c> (letters, digits and underscores, 2 to 50 of them, not glued to a word or an address) in a
/// post's text. Each becomes a link to its topic page, and the post is filed under its tag — folded to lowercase
/// without accents, so that #Café and #cafe are one topic.
/// </summary>
internal static partial class Hashtags
{
    public const int Max = 10;

    public const int MaxLength = 50;

    /// <summary>
    /// The post's tags, folded, each once, ten at most — read from the links <see cref="Link"/> made, so that a post is
    /// filed under exactly the tags it shows as links (none from code or addresses).
    /// </summary>
    public static IReadOnlyList<string> InLinks(string linkedHtml) =>
        [.. TopicLink().Matches(linkedHtml).Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).Distinct(StringComparer.Ordinal).Take(Max)];

    /// <summary>What a tag is filed and looked up by: lowercase, without accents.</summary>
    public static string Fold(string tag)
    {
        var decomposed = tag.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string([.. kept]).Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    public static bool IsTag(string? tag) => tag is { Length: >= 2 and <= MaxLength } && WholeTag().IsMatch(tag);

    public static string PathOf(string tag) => "/topics/" + Uri.EscapeDataString(Fold(tag));

    /// <summary>
    /// The sanitised HTML with each hashtag of its text turned into a link to its topic — never inside a link, code or a
    /// preformatted block. The inserted links carry only the tag (letters, digits, underscores): nothing unsafe comes in.
    /// </summary>
    public static string Link(string html)
    {
        if (!html.Contains('#', StringComparison.Ordinal))
        {
            return html;
        }

        var document = new HtmlParser().ParseDocument("<body></body>");
        var body = document.Body!;
        body.InnerHtml = html;
        foreach (var text in body.Descendants<IText>().ToList())
        {
            if (text.Ancestors<IElement>().Any(e => e.LocalName is "a" or "code" or "pre") || !Tag().IsMatch(text.Data))
            {
                continue;
            }

            var parent = text.Parent!;
            var last = 0;
            foreach (Match match in Tag().Matches(text.Data))
            {
                var start = match.Groups[1].Index - 1;
                parent.InsertBefore(document.CreateTextNode(text.Data[last..start]), text);
                var link = document.CreateElement("a");
                link.SetAttribute("href", PathOf(match.Groups[1].Value));
                link.TextContent = "#" + match.Groups[1].Value;
                parent.InsertBefore(link, text);
                last = match.Index + match.Length;
            }

            parent.InsertBefore(document.CreateTextNode(text.Data[last..]), text);
            parent.RemoveChild(text);
        }

        return body.InnerHtml;
    }

    // Not after a letter, digit, underscore, '/', '&' or another '#' (an address's fragment, an entity, "##").
    [GeneratedRegex(@"(?<![\p{L}\p{N}_/&#])#([\p{L}\p{N}_]{2,50})(?![\p{L}\p{N}_])")]
    private static partial Regex Tag();

    [GeneratedRegex("<a href=\"/topics/([^\"]+)\">")]
    private static partial Regex TopicLink();

    [GeneratedRegex(@"^[\p{L}\p{N}_]+$")]
    private static partial Regex WholeTag();
}
