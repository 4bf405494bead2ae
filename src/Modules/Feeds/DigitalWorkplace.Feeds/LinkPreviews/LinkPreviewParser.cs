using AngleSharp.Html.Parser;

namespace DigitalWorkplace.Feeds.LinkPreviews;

/// <summary>Reads a page's own description of itself: Open Graph first, then the title and description tags; plain text, trimmed.</summary>
internal static class LinkPreviewParser
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 300;
    public const int SiteNameMaxLength = 100;

    public static PagePreview? Parse(Uri url, string html)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        string? Meta(string key) =>
            document.QuerySelectorAll("meta")
                .FirstOrDefault(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase))
                ?.GetAttribute("content");

        var title = Clean(Meta("og:title") ?? document.Title, TitleMaxLength);
        var description = Clean(Meta("og:description") ?? Meta("description"), DescriptionMaxLength);
        var site = Clean(Meta("og:site_name"), SiteNameMaxLength);
        return title is null && description is null ? null : new PagePreview(url.AbsoluteUri, title, description, site);
    }

    private static string? Clean(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var clean = new string([.. oneLine.Where(c => !char.IsControl(c))]);
        return clean.Length <= maxLength ? clean : string.Concat(clean.AsSpan(0, maxLength - 1).TrimEnd(), "…");
    }
}
