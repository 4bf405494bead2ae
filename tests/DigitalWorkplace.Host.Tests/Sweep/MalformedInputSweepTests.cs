using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Host.Tests.Sweep;

/// <summary>
/// Over real sockets (Kestrel parses what a test server would not), every operation of the API description, sent a corpus of malformed bodies, query values and route values, as a signed-in
/// administrator (so that handlers run as far as they can) and with no credentials: no answer may be a 5xx, and without
/// credentials every answer is a 401, whatever the body.
/// </summary>
public abstract class MalformedInputSweepTests(KestrelPlatform platform)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryOperation_MalformedInput_NeverAnswers5xx()
    {
        using var anonymous = platform.CreateSocketClient();
        var operations = OpenApiOperations(await anonymous.GetStringAsync("/openapi/v1.json", Cancel));
        var admin = await platform.CreateUserAsync("Sweep Admin", administrator: true);
        using var client = platform.CreateSocketClient(admin);
        var known = await KnownIdsAsync(client, admin);

        var failures = new List<string>();
        var sent = 0;
        foreach (var operation in operations)
        {
            foreach (var malformed in MalformedInputs.For(operation, known))
            {
                sent++;
                using var response = await client.SendAsync(malformed.ToRequest(), Cancel);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{malformed} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{operations.Count} operations × malformed inputs: {sent} requests, {failures.Count} answered 5xx");
        Assert.Empty(failures);
        Assert.True(sent > 25 * operations.Count, $"Only {sent} cases were sent: the sweep lost operations.");
    }

    [Fact]
    public async Task EveryApiOperation_WithoutCredentials_Is401WhateverTheBody()
    {
        using var anonymous = platform.CreateSocketClient();
        var operations = OpenApiOperations(await anonymous.GetStringAsync("/openapi/v1.json", Cancel));

        var wrong = new List<string>();
        foreach (var operation in operations)
        {
            // Kestrel refuses a path with a NUL in it (400) before any endpoint, or credentials check, is reached.
            foreach (var malformed in MalformedInputs.For(operation, KnownIds.None).Where(c => !c.Url.Contains("%00", StringComparison.Ordinal) || c.Url.Contains('?', StringComparison.Ordinal)))
            {
                using var response = await anonymous.SendAsync(malformed.ToRequest(), Cancel);
                if (response.StatusCode != HttpStatusCode.Unauthorized && response.StatusCode != HttpStatusCode.NotFound)
                {
                    wrong.Add($"{malformed} → {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("/api/v1/communities", """{"name":"Bar","visibility":"Hidden"}""", "visibility", "one_of", "Public")]
    [InlineData("/api/v1/communities", """{"name":"Bar","visibility":"Public","isOfficial":"yes"}""", "isOfficial", "unreadable", "true or false")]
    [InlineData("/api/v1/communities", """{"name":"Bar","visibility":"Public""", "body", "unreadable", "JSON object")]
    [InlineData("/api/v1/communities", "[1,2]", "body", "unreadable", "JSON object")]
    [InlineData("/api/v1/onboarding/tracks", """{"title":"T","steps":[{"kind":"Dance"}]}""", "steps[0].kind", "one_of", "Quiz")]
    public async Task MalformedBody_Is400NamingTheFieldWithACodeTheUiTranslates(string path, string body, string field, string code, string argument)
    {
        var admin = await platform.CreateUserAsync("Field Admin", administrator: true);
        using var client = platform.CreateSocketClient(admin);

        using var response = await client.PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel);
        var error = problem.GetProperty("fieldErrors").GetProperty(field)[0];
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Contains(argument, error.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pageSize=abc", "pageSize", "whole number")]
    [InlineData("pageSize=1.5", "pageSize", "whole number")]
    [InlineData("pageSize=99999999999", "pageSize", "whole number")]
    public async Task MalformedQuery_Is400NamingTheParameter(string query, string field, string expected)
    {
        using var client = platform.CreateSocketClient(await platform.CreateUserAsync("Query Reader"));

        using var response = await client.GetAsync($"/api/v1/feed/home?{query}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel)).GetProperty("fieldErrors").GetProperty(field)[0];
        Assert.Equal("unreadable", error.GetProperty("code").GetString());
        Assert.Equal(expected, error.GetProperty("arguments").GetProperty("expected").GetString());
    }

    private static List<OpenApiOperation> OpenApiOperations(string json)
    {
        var operations = OpenApiOperation.Read(json).Where(o => o.PathTemplate.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        Assert.True(operations.Count >= 25, $"The API description lists only {operations.Count} operations.");
        return operations;
    }

    /// <summary>A community and a post that exist, so that well-formed but hostile bodies reach the handlers and the database.</summary>
    private static async Task<KnownIds> KnownIdsAsync(HttpClient client, TestUser admin)
    {
        var community = await client.CreateCommunityAsync();
        var post = await client.PublishAsync(community.Id, "A post to comment on.");
        return new KnownIds(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["communityId"] = community.Id.ToString(),
            ["postId"] = post.Id.ToString(),
            ["id"] = admin.Id.ToString(),
        });
    }
}

/// <summary>As a newcomer runs it (<c>dotnet run</c>: Development), where the framework throws on what does not bind.</summary>
public sealed class DevelopmentPlatform : KestrelPlatform
{
    protected override string EnvironmentName => "Development";

    // The sweep sends a thousand writes in seconds as one person: it tests what answers them, not the rate limiter.
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => SweepSettings.Unlimited;
}

public sealed class DevelopmentPostgresPlatform : KestrelPostgresPlatform
{
    protected override string EnvironmentName => "Development";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => SweepSettings.Unlimited;
}

internal static class SweepSettings
{
    public static readonly IReadOnlyDictionary<string, string?> Unlimited = new Dictionary<string, string?> { ["RateLimits:Enabled"] = "false" };
}

public sealed class MalformedInputSweepSqliteTests(DevelopmentPlatform platform) : MalformedInputSweepTests(platform), IClassFixture<DevelopmentPlatform>;

public sealed class MalformedInputSweepPostgresTests(DevelopmentPostgresPlatform platform) : MalformedInputSweepTests(platform), IClassFixture<DevelopmentPostgresPlatform>;
