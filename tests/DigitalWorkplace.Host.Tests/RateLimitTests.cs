using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Host.Tests;

/// <summary>The host with small budgets, so that a test can reach them: 8 a minute, bursts of 2.</summary>
public sealed class TightLimitsPlatform() : PlatformFactory(TestDatabase.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["RateLimits:WritesPerMinutePerPerson"] = "8",
        ["RateLimits:SearchesPerMinutePerPerson"] = "8",
        ["RateLimits:TranslationsPerMinutePerPerson"] = "8",
        ["RateLimits:CertificateChecksPerMinutePerAddress"] = "8",
        ["RateLimits:SignInsPerMinutePerAddress"] = "8",
    };
}

/// <summary>One person hammering gets 429 with Retry-After; everybody else carries on.</summary>
public sealed class RateLimitTests(TightLimitsPlatform platform) : IClassFixture<TightLimitsPlatform>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Writes_BeyondThePersonsBudget_Are429WithRetryAfter_OthersUnaffected()
    {
        using var hammering = platform.CreateClientFor(await platform.CreateUserAsync());
        using var colleague = platform.CreateClientFor(await platform.CreateUserAsync());

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await hammering.PostAsJsonAsync("/api/v1/communities", new { name = $"Burst {Guid.NewGuid():N}", visibility = "Public" }, Cancel));
        }

        var refused = answers.Last();
        Assert.Equal(HttpStatusCode.Created, answers[0].StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("rate_limited", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, (await colleague.PostAsJsonAsync("/api/v1/communities", new { name = $"Calm {Guid.NewGuid():N}", visibility = "Public" }, Cancel)).StatusCode);
    }

    [Fact]
    public async Task Translations_BeyondThePersonsBudget_Are429_BeforeAnyTranslatorIsAsked()
    {
        using var client = platform.CreateClientFor(await platform.CreateUserAsync());
        var post = Guid.NewGuid();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await client.GetAsync(i % 2 == 0 ? $"/api/v1/posts/{post}/translation?to=fr" : $"/posts/{post}?translate={post}", Cancel)).StatusCode);
        }

        // Within the budget the (unknown) post is a 404; beyond it, the limiter answers first.
        Assert.Equal(HttpStatusCode.NotFound, answers[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Fact]
    public async Task AnonymousCertificateChecks_BeyondTheAddressBudget_Are429()
    {
        using var anonymous = platform.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await anonymous.GetAsync(i % 2 == 0 ? "/api/v1/certificates/AAAA-BBBB-CCCC" : "/certificates/AAAA-BBBB-CCCC", Cancel)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, answers[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Fact]
    public async Task Searches_BeyondThePersonsBudget_Are429_ReadsAreNotLimited()
    {
        using var client = platform.CreateClientFor(await platform.CreateUserAsync());

        var searches = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            searches.Add((await client.GetAsync("/api/v1/search?q=espresso", Cancel)).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, searches);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/feed/home", Cancel)).StatusCode);
        }
    }

    [Fact]
    public async Task SignIns_BeyondTheAddressBudget_Are429()
    {
        var person = await platform.CreateUserAsync();
        var browser = platform.NewBrowser();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await browser.SignInAsync(person.Email, PlatformFactory.Password)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }
}
