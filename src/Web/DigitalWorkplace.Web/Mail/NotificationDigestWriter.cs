using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DigitalWorkplace.Web.Mail;

/// <summary>
/// The e-mail digest in the person's language, with the same words the notification centre shows the same notifications
/// in: a plain-text body and a simple HTML twin in which everything a person wrote is encoded.
/// </summary>
internal sealed class NotificationDigestWriter(IStringLocalizer<SharedResource> l) : IDigestWriter
{
    public DigestMail Write(DigestContent content)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var language = WebUi.SupportedCultures.FirstOrDefault(c => c.Name == content.Language) ?? WebUi.SupportedCultures[0];
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = language;
        try
        {
            return Compose(content);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private DigestMail Compose(DigestContent content)
    {
        var count = content.Items.Count + content.More;
        var subject = count == 1 ? l["Digest_SubjectOne"].Value : Format("Digest_SubjectMany", count);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(content.TimeZone ?? "UTC", out var found) ? found : TimeZoneInfo.Utc;
        string When(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString("g", CultureInfo.CurrentCulture);

        var text = new StringBuilder();
        var html = new StringBuilder();
        var encode = HtmlEncoder.Default;
        var hello = Format("Digest_Hello", content.PersonName);
        text.AppendLine(hello).AppendLine().AppendLine(l["Digest_Intro"]).AppendLine();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{content.Language}\"><body style=\"font-family:system-ui,sans-serif;color:#1b1f24\">")
            .Append(CultureInfo.InvariantCulture, $"<p>{encode.Encode(hello)}</p><p>{encode.Encode(l["Digest_Intro"])}</p><ul>");
        foreach (var item in content.Items)
        {
            var kind = l[$"NotificationKind_{item.Kind}"] is { ResourceNotFound: false } label ? label.Value : "";
            var words = item.Text.Length > 0 ? $"{kind} {item.Text}" : kind;
            text.AppendLine(CultureInfo.InvariantCulture, $"- {words} ({When(item.At)})").AppendLine(CultureInfo.InvariantCulture, $"  {item.Url}");
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{encode.Encode(item.Url.ToString())}\"><strong>{encode.Encode(kind)}</strong>{(item.Text.Length > 0 ? " " + encode.Encode(item.Text) : "")}</a> <small>{encode.Encode(When(item.At))}</small></li>");
        }

        html.Append("</ul>");
        if (content.More > 0)
        {
            var more = Format("Digest_More", content.More);
            text.AppendLine().AppendLine(more);
            html.Append(CultureInfo.InvariantCulture, $"<p>{encode.Encode(more)}</p>");
        }

        var open = l["Digest_Open"].Value;
        var why = l["Digest_Why"].Value;
        var change = l["Digest_Change"].Value;
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{open}: {content.CentreUrl}").AppendLine().AppendLine("-- ").AppendLine(why).AppendLine(CultureInfo.InvariantCulture, $"{change}: {content.SettingsUrl}");
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{encode.Encode(content.CentreUrl.ToString())}\">{encode.Encode(open)}</a></p>")
            .Append(CultureInfo.InvariantCulture, $"<hr><p><small>{encode.Encode(why)} <a href=\"{encode.Encode(content.SettingsUrl.ToString())}\">{encode.Encode(change)}</a></small></p></body></html>");
        return new DigestMail(subject, text.ToString(), html.ToString());
    }

    private string Format(string key, object argument) => string.Format(CultureInfo.CurrentCulture, l[key], argument);
}
