using System.Reflection;
using System.Text.RegularExpressions;
using DigitalWorkplace.Testing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Host.Tests.Sweep;

/// <summary>
/// What the API description does not list — every page, form post and sign-in endpoint of the host's route table — sent
/// hostile route values, query values and form fields, signed in and not: no answer is a 5xx, and every redirect stays
/// on the site with a header Kestrel can send.
/// </summary>
public sealed partial class WebSurfaceSweepTests(DevelopmentPlatform platform) : IClassFixture<DevelopmentPlatform>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // Percent-encoded as they would arrive: a word, a fraction, a huge number, bytes that are not UTF-8, a lone
    // surrogate, a NUL, non-ASCII text, another host, a scheme-relative host, a very long value.
    private static readonly string[] BadValues =
        ["abc", "1.5", "99999999999", "-1", "", "%FF", "%ED%A0%80", "%00", "%2F%C3%A9t%C3%A9", "https%3A%2F%2Fevil.example", "%2F%2Fevil.example", "%2F%5Cevil.example", new string('9', 400)];

    // The query names pages and sign-in endpoints read, besides those pages declare with [SupplyParameterFromQuery].
    private static readonly string[] KnownQueryNames =
        ["returnUrl", "retryAfter", "error", "c", "client_id", "redirect_uri", "response_type", "scope", "state", "code_challenge", "code_challenge_method", "id_token_hint", "post_logout_redirect_uri", "prompt"];

    private static readonly string[] FormFields = ["email", "userName", "password", "remember", "returnUrl", "postId", "kind", "communityId", "id_token_hint"];

    [Fact]
    public async Task EveryPageAndFormEndpoint_HostileValues_NeverAnswer5xxNorRedirectOffSite()
    {
        var endpoints = WebEndpoints();
        var queryNames = KnownQueryNames.Concat(PageQueryNames()).Distinct(StringComparer.Ordinal).ToList();
        var person = await platform.CreateUserAsync("Web Sweep");
        var signedIn = platform.NewSocketBrowser();
        Assert.Equal("/", (await signedIn.SignInAsync(person.Email, PlatformFactory.Password)).Headers.Location?.OriginalString);
        var anonymous = platform.NewSocketBrowser();

        var failures = new List<string>();
        var sent = 0;
        foreach (var (browser, who) in new[] { (anonymous, "anonymous"), (signedIn, "signed in") })
        {
            var token = await browser.AntiforgeryTokenAsync("/login");
            foreach (var (method, template) in endpoints)
            {
                foreach (var value in BadValues)
                {
                    var path = RouteParameter().Replace(template, match => match.Groups["constraint"].Value == "guid" ? Guid.NewGuid().ToString() : value);
                    var query = string.Join('&', queryNames.Select(name => $"{name}={value}"));
                    using var request = new HttpRequestMessage(new HttpMethod(method), $"{path}?{query}");
                    if (method == "POST")
                    {
                        var fields = FormFields.ToDictionary(f => f, _ => Uri.UnescapeDataString(value));
                        fields["__RequestVerificationToken"] = token;
                        request.Content = new FormUrlEncodedContent(fields);
                    }

                    sent++;
                    using var response = await browser.SendAsync(request, Cancel);
                    var location = response.Headers.Location?.OriginalString;
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{who}: {method} {path}?…={value} → {(int)response.StatusCode}");
                    }
                    else if (location is not null && !IsOnSite(location))
                    {
                        failures.Add($"{who}: {method} {path}?…={value} → redirect to {location}");
                    }
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{endpoints.Count} web endpoints × hostile values: {sent} requests, {failures.Count} failures");
        foreach (var failure in failures.Take(60))
        {
            TestContext.Current.TestOutputHelper?.WriteLine(failure);
        }

        Assert.Empty(failures);
        Assert.True(endpoints.Count >= 15, $"Only {endpoints.Count} web endpoints found: the route table scan is broken.");
    }

    // Relative to the site, or the site's own address (OpenID Connect answers redirect to registered apps, which the
    // sweep never reaches: it sends no registered client_id).
    private bool IsOnSite(string location) =>
        (location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) && !location.StartsWith("/\\", StringComparison.Ordinal))
        || location.StartsWith(platform.Address.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);

    /// <summary>(method, route template) of every endpoint outside the API, the hub and the API description.</summary>
    private List<(string Method, string Template)> WebEndpoints()
    {
        var routes = platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return [.. routes
            .Select(e => (e, Template: "/" + e.RoutePattern.RawText!.TrimStart('/')))
            .Where(r => !r.Template.StartsWith("/api/", StringComparison.Ordinal) && !r.Template.StartsWith("/hubs/", StringComparison.Ordinal)
                && !r.Template.StartsWith("/openapi", StringComparison.Ordinal) && !r.Template.StartsWith("/_", StringComparison.Ordinal)
                && !r.Template.Contains('*', StringComparison.Ordinal))
            .SelectMany(r => (r.e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, r.Template)))
            .Where(r => r.Method is "GET" or "POST")
            .Distinct()];
    }

    private static IEnumerable<string> PageQueryNames() =>
        typeof(DigitalWorkplace.Web.WebUi).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public))
            .Select(p => (p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => x.Attribute!.Name ?? x.p.Name);

    [GeneratedRegex(@"\{(?<name>[^}:?]+)(:(?<constraint>[a-z]+))?\??\}", RegexOptions.CultureInvariant)]
    private static partial Regex RouteParameter();
}
