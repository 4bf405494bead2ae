using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Host.Tests;

/// <summary>Pages answer like the API: 404 for what is unknown or not visible (with the app's own page), 400 for a form without its token.</summary>
public sealed class WebPagesTests(SqlitePlatform platform) : IClassFixture<SqlitePlatform>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/posts/{0}")]
    [InlineData("/communities/{0}")]
    [InlineData("/onboarding/{0}")]
    [InlineData("/no-such-page")]
    public async Task Page_ForSomethingUnknown_Is404WithTheAppsNotFoundPage(string template)
    {
        var browser = await platform.SignedInBrowserAsync(await platform.CreateUserAsync());

        var response = await browser.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Guid.CreateVersion7()), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostPage_OfAPrivateCommunityForANonMember_Is404LikeAnUnknownPost()
    {
        var owner = await platform.CreateUserAsync();
        using var api = platform.CreateClientFor(owner);
        var community = await api.CreateCommunityAsync("Private");
        var post = await api.PublishAsync(community.Id, "Members only: the safe code changed.");
        var stranger = await platform.SignedInBrowserAsync(await platform.CreateUserAsync());

        var response = await stranger.GetAsync($"/posts/{post.Id}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("safe code", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageForm_PostedWithoutItsAntiforgeryToken_Is400NotAServerError()
    {
        var browser = await platform.SignedInBrowserAsync(await platform.CreateUserAsync());

        var response = await browser.PostAsync("/", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "compose",
            ["markdown"] = "No token here",
        }), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Page_HasAContentSecurityPolicyWithoutUnsafeInline_AndOnlyTheNoncedImportMapIsInline()
    {
        var browser = await platform.SignedInBrowserAsync(await platform.CreateUserAsync());

        var response = await browser.GetAsync("/", Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        var inlineScripts = System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>").Select(m => m.Value).ToList();
        Assert.NotEmpty(inlineScripts);
        Assert.All(inlineScripts, tag => Assert.Contains($"nonce=\"{nonce}\"", tag, StringComparison.Ordinal));
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
    }
}
