using System.Net;
using System.Text.RegularExpressions;

namespace DigitalWorkplace.Launcher.Tests;

/// <summary>
/// Just enough of a browser for protocol flows: one cookie jar for every host, redirects followed by hand
/// so that each hop is recorded.
/// </summary>
internal sealed partial class Browser : IDisposable
{
    private const int MaxRedirects = 20;
    private readonly HttpClient _http;

    public Browser() =>
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true });

    /// <summary>A redirect to an address starting with this one is not followed: the page answered is that address, unvisited (a native app's callback).</summary>
    public Uri? StopAt { get; set; }

    /// <summary>Every address visited, redirects included, in order.</summary>
    public List<Uri> History { get; } = [];

    public Task<Page> GetAsync(Uri url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public Task<Page> PostFormAsync(Uri url, IReadOnlyDictionary<string, string> fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) });

    public void Dispose() => _http.Dispose();

    private async Task<Page> SendAsync(HttpRequestMessage request)
    {
        for (var hop = 0; hop < MaxRedirects; hop++)
        {
            History.Add(request.RequestUri!);
            using var response = await _http.SendAsync(request);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.MovedPermanently)
            {
                var next = new Uri(request.RequestUri!, response.Headers.Location!);
                request.Dispose();
                if (StopAt is not null && next.AbsoluteUri.StartsWith(StopAt.AbsoluteUri, StringComparison.Ordinal))
                {
                    History.Add(next);
                    return new Page(next, response.StatusCode, string.Empty);
                }

                request = new HttpRequestMessage(HttpMethod.Get, next);
                continue;
            }

            var page = new Page(request.RequestUri!, response.StatusCode, await response.Content.ReadAsStringAsync())
            {
                ContentSecurityPolicy = response.Headers.TryGetValues("Content-Security-Policy", out var csp) ? csp.Single() : null,
            };
            request.Dispose();
            return page;
        }

        throw new InvalidOperationException("Too many redirects: " + string.Join(" → ", History.TakeLast(5)));
    }

    internal sealed record Page(Uri Url, HttpStatusCode Status, string Html)
    {
        public string? ContentSecurityPolicy { get; init; }

        /// <summary>The value of a form input, found by its name.</summary>
        public string? Input(string name)
        {
            foreach (Match input in InputTag().Matches(Html))
            {
                if (input.Value.Contains($"name=\"{name}\"", StringComparison.Ordinal) && ValueAttribute().Match(input.Value) is { Success: true } value)
                {
                    return WebUtility.HtmlDecode(value.Groups[1].Value);
                }
            }

            return null;
        }
    }

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex("value=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ValueAttribute();
}
