using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Host.Tests;

/// <summary>What operators and API clients rely on from the host itself: probes, the API description, error shapes.</summary>
public sealed class HostEndpointsTests(SqlitePlatform platform) : IClassFixture<SqlitePlatform>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthProbes_AnswerHealthyWithoutSignIn(string path)
    {
        using var client = platform.CreateClient();

        var response = await client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(body == "Healthy" || JsonDocument.Parse(body).RootElement.GetProperty("status").GetString() == "Healthy", body);
    }

    [Fact]
    public async Task EveryResponse_ForbidsFramingAndSniffing()
    {
        using var client = platform.CreateClient();

        var response = await client.GetAsync("/login", Cancel);

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApiOfEveryModule()
    {
        using var client = platform.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Cancel));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/v1/people/me", "/api/v1/communities", "/api/v1/feed/home", "/api/v1/onboarding/tracks", "/api/v1/apps", "/api/v1/search", "/api/v1/notifications" })
        {
            Assert.Contains(path, paths);
        }
    }

    [Fact]
    public async Task Api_WithoutCredentials_Is401ProblemNotARedirect()
    {
        using var client = platform.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/v1/feed/home", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task MalformedJson_Is400ProblemDetailsAndWritesNothing()
    {
        var person = await platform.CreateUserAsync();
        using var client = platform.CreateClientFor(person);

        var response = await client.PostAsync("/api/v1/communities", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"), Cancel);
        var communities = await client.GetFromJsonAsync<JsonElement>("/api/v1/communities", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, communities.GetArrayLength());
    }

    [Fact]
    public async Task CookieSignedIn_StateChangingApiCallWithoutAntiforgery_IsRefused()
    {
        var person = await platform.CreateUserAsync();
        using var browser = platform.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var login = await browser.GetStringAsync("/login", Cancel);
        var token = System.Text.RegularExpressions.Regex.Match(login, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = person.Email,
            ["password"] = PlatformFactory.Password,
            ["__RequestVerificationToken"] = token,
        }), Cancel);

        var read = await browser.GetAsync("/api/v1/communities", Cancel);
        var forged = await browser.PostAsJsonAsync("/api/v1/communities", new { name = "Forged", visibility = "Public" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("auth.antiforgery_required", await forged.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiRoute_Is404()
    {
        var person = await platform.CreateUserAsync();
        using var client = platform.CreateClientFor(person);

        var response = await client.GetAsync("/api/v1/nothing-here", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
