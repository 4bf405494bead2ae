using AngleSharp.Html.Dom;
using Ganss.Xss;
using Markdig;

namespace DigitalWorkplace.BuildingBlocks.Text;

/// <summary>What a post or comment looks like once rendered: safe HTML to show, plain text to search.</summary>
public sealed record RenderedMarkdown(string Html, string Text);

/// <summary>
/// Markdown to sanitised HTML, once, when something is written (posts, comments, onboarding steps). Raw HTML in the Markdown is escaped
/// (<c>DisableHtml</c>), and the sanitizer still runs on Markdig's output because links and images
/// carry URLs the author chose (<c>javascript:</c> is dropped). Links are marked nofollow: authors
/// are not vouched for.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer;

    private static readonly string[] FormTags = ["form", "button", "textarea", "select", "option", "optgroup", "fieldset", "legend", "label", "datalist", "output"];

    public MarkdownRenderer()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Add("mailto");
        // An author must not reuse the page's own ids and classes ("# Hi {#feed .error-summary}" with Markdig's generic
        // attributes): a post could clobber the ids the page's script looks up, or dress up as an alert. Inline styles
        // would be refused by the Content-Security-Policy anyway.
        _sanitizer.AllowedAttributes.Remove("id");
        _sanitizer.AllowedAttributes.Remove("class");
        _sanitizer.AllowedAttributes.Remove("style");
        // Markdown never makes forms; HTML from elsewhere (a translator's answer) must not either: no fake password box
        // posting to another site. Task lists' disabled checkboxes (inputs) stay.
        foreach (var tag in FormTags)
        {
            _sanitizer.AllowedTags.Remove(tag);
        }

        _sanitizer.AllowedAttributes.Remove("action");
        _sanitizer.AllowedAttributes.Remove("formaction");
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IHtmlAnchorElement anchor)
            {
                anchor.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
    }

    /// <summary>HTML from elsewhere (a translator's answer) held to the same rules as what is written here.</summary>
    public string Sanitize(string html) => _sanitizer.Sanitize(html);

    public RenderedMarkdown Render(string markdown)
    {
        var html = _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));
        var text = Markdown.ToPlainText(markdown, _pipeline).Trim();
        return new RenderedMarkdown(html, text);
    }
}
