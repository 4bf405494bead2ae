using System.Net;
using System.Net.Http.Headers;
using DigitalWorkplace.BuildingBlocks.Net;

namespace DigitalWorkplace.Feeds.LinkPreviews;

/// <summary>What a link's page says about itself; null fields when it does not say.</summary>
internal sealed record PagePreview(string Url, string? Title, string? Description, string? SiteName);

/// <summary>
/// Fetches the page a post links to, for its preview, as safely as a server can: http or https only, no user name or
/// password in the address, the usual ports only, every connection checked by <see cref="GuardedHttp"/> (public
/// addresses only, after DNS), redirects followed by hand (three at most, each one checked like the first), five
/// seconds for the whole of it, 256 KB of HTML read at most, and only HTML. Any refusal or failure is simply no preview.
/// </summary>
internal sealed class LinkPreviewFetcher(HttpClient client, LinkPreviewOptions options)
{
    public const string ClientName = "feeds.link-previews";

    public const int MaxRedirects = 3;

    public async Task<PagePreview?> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        var current = url;
        try
        {
            for (var hop = 0; hop <= MaxRedirects; hop++)
            {
                if (!IsFetchable(current))
                {
                    return null;
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
                request.Headers.UserAgent.ParseAdd("DigitalWorkplace-LinkPreview/1.0");
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                if (IsRedirect(response.StatusCode))
                {
                    if (response.Headers.Location is not { } location)
                    {
                        return null;
                    }

                    current = new Uri(current, location);
                    continue;
                }

                if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType is not ("text/html" or "application/xhtml+xml"))
                {
                    return null;
                }

                var html = await ReadCappedAsync(response.Content, options.MaxBytes, deadline.Token);
                return LinkPreviewParser.Parse(current, html);
            }

            return null;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or AddressRefusedException or IOException or UriFormatException)
        {
            // Refused, unreachable, too slow, cut short: no preview. The caller's own cancellation still stops it.
            cancellationToken.ThrowIfCancellationRequested();
            return null;
        }
    }

    public bool IsFetchable(Uri url) =>
        url.IsAbsoluteUri
        && url.Scheme is "http" or "https"
        && string.IsNullOrEmpty(url.UserInfo)
        && (options.AnyPort || url.Port is 80 or 443);

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static async Task<string> ReadCappedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[maxBytes];
        var total = 0;
        int read;
        while (total < maxBytes && (read = await stream.ReadAsync(buffer.AsMemory(total, maxBytes - total), cancellationToken)) > 0)
        {
            total += read;
        }

        // The head (title, meta tags) is at the start: what is past the cap is not needed.
        return System.Text.Encoding.UTF8.GetString(buffer, 0, total);
    }
}

/// <summary>The <c>Feeds:LinkPreviews</c> section.</summary>
internal sealed class LinkPreviewOptions
{
    public const string Section = "Feeds:LinkPreviews";

    /// <summary>Off: posts show their links as links, nothing is fetched.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    public int MaxBytes { get; set; } = 256 * 1024;

    /// <summary>How long a fetched preview is reused for other posts linking the same page.</summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Fetch from any port, not only 80 and 443 (tests against a local server; never in production).</summary>
    public bool AnyPort { get; set; }
}
