using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Live.Tests;

/// <summary>An open hub connection does not outlive its credential: revoke the token, or sign the session out, and it closes.</summary>
public sealed class LiveRevocationTests(SqlitePlatform platform) : IClassFixture<SqlitePlatform>
{
    // Live:RevalidateInterval is 2 s: "within a few seconds".
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(8);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TokenRevoked_ClosesTheConnectionsOpenedWithIt_KeepsTheOthers()
    {
        var person = await platform.CreateUserAsync();
        using var api = platform.CreateClientFor(person);
        var created = await api.PostAsJsonAsync("/api/v1/me/tokens", new { name = "tablet" }, Cancel);
        var tablet = await created.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        await using var onTablet = await LiveClient.ConnectAsync(platform, person with { Token = tablet.GetProperty("token").GetString()! });
        await using var onPhone = await LiveClient.ConnectAsync(platform, person);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/me/tokens/{tablet.GetProperty("id").GetGuid()}", Cancel)).StatusCode);

        await onTablet.Closed.WaitAsync(FewSeconds, Cancel);
        Assert.False(onPhone.Closed.IsCompleted);
    }

    [Fact]
    public async Task SessionSignedOut_ClosesTheBrowsersConnection()
    {
        var person = await platform.CreateUserAsync();
        var browser = await platform.SignedInBrowserAsync(person);
        var session = browser.CookiesOf().Single(c => c.Name == "dw.session");
        await using var live = await LiveClient.ConnectWithCookieAsync(platform, $"{session.Name}={session.Value}");

        await browser.PostFormAsync("/", "/account/logout", new Dictionary<string, string>());

        await live.Closed.WaitAsync(FewSeconds, Cancel);
    }
}
