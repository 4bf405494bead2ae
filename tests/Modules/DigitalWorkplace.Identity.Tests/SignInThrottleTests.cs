using System.Net;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>
/// Guessing is slowed, never turned into a lock-out: over real sockets, with the proxy's X-Forwarded-For telling where each
/// attempt comes from.
/// </summary>
public sealed class SignInThrottleTests(KestrelPlatform platform) : IClassFixture<KestrelPlatform>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StrangerGuessing_IsSlowedFromTheirAddress_WhileTheOwnerSignsInAndTheirTokensWork()
    {
        var owner = await platform.CreateUserAsync();
        var stranger = platform.NewSocketBrowser(forwardedFor: "203.0.113.7");
        for (var attempt = 0; attempt < 6; attempt++)
        {
            await stranger.SignInAsync(owner.Email, "guess number " + attempt);
        }

        var strangerWithTheRightPassword = await stranger.SignInAsync(owner.Email, PlatformFactory.Password);
        var ownerFromTheirPhone = await platform.NewSocketBrowser(forwardedFor: "198.51.100.23").SignInAsync(owner.Email, PlatformFactory.Password);
        using var ownersApp = platform.CreateSocketClient(owner);

        Assert.StartsWith("/login?error=throttled&retryAfter=", strangerWithTheRightPassword.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("/", ownerFromTheirPhone.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await ownersApp.GetAsync("/api/v1/people/me", Cancel)).StatusCode);
    }

    [Fact]
    public async Task GuessesFromManyAddresses_DoNotHoldUpTheOwnerOnABrowserTheySignedInFromBefore()
    {
        var owner = await platform.CreateUserAsync();
        var ownersBrowser = platform.NewSocketBrowser(forwardedFor: "198.51.100.40");
        Assert.Equal("/", (await ownersBrowser.SignInAsync(owner.Email, PlatformFactory.Password)).Headers.Location?.OriginalString);
        for (var botnet = 1; botnet <= 12; botnet++)
        {
            await platform.NewSocketBrowser(forwardedFor: $"192.0.2.{botnet}").SignInAsync(owner.Email, "guess " + botnet);
        }

        var newDevice = await platform.NewSocketBrowser(forwardedFor: "198.51.100.41").SignInAsync(owner.Email, PlatformFactory.Password);
        var knownDevice = await ownersBrowser.SignInAsync(owner.Email, PlatformFactory.Password);

        Assert.StartsWith("/login?error=throttled", newDevice.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("/", knownDevice.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ThrottledPage_TellsHowLongToWait()
    {
        var browser = platform.NewSocketBrowser();

        var page = await browser.GetStringAsync("/login?error=throttled&retryAfter=8", Cancel);

        Assert.Contains("8", page, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", page, StringComparison.Ordinal);
    }
}
