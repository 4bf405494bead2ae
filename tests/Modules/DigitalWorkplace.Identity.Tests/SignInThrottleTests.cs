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
    public async Task ParallelGuesses_OnlyAFewReachThePasswordCheck()
    {
        var owner = await platform.CreateUserAsync();
        var attacker = platform.NewSocketBrowser(forwardedFor: "203.0.113.50");
        var token = await attacker.AntiforgeryTokenAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(async guess =>
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["userName"] = owner.Email,
                ["password"] = "parallel guess " + guess,
            });
            using var response = await attacker.PostAsync("/account/login", form, Cancel);
            return response.Headers.Location?.OriginalString ?? "";
        }));

        // Three free failures, then the fourth sets a wait that every later guess of the burst runs into.
        Assert.InRange(answers.Count(a => a.StartsWith("/login?error=invalid", StringComparison.Ordinal)), 1, 6);
        Assert.True(answers.Count(a => a.StartsWith("/login?error=throttled", StringComparison.Ordinal)) >= 24, string.Join(", ", answers));
    }

    [Fact]
    public async Task SharedAddress_GuessesThereNeverHoldUpAColleagueOnTheirOwnBrowser()
    {
        const string cafe = "198.51.100.60";
        var colleague = await platform.CreateUserAsync();
        var colleaguesPhone = platform.NewSocketBrowser(forwardedFor: cafe);
        Assert.Equal("/", (await colleaguesPhone.SignInAsync(colleague.Email, PlatformFactory.Password)).Headers.Location?.OriginalString);

        var stranger = platform.NewSocketBrowser(forwardedFor: cafe);
        for (var guess = 0; guess < 5; guess++)
        {
            await stranger.SignInAsync(colleague.Email, "guess " + guess);
        }

        for (var sprayed = 0; sprayed < 50; sprayed++)
        {
            await stranger.SignInAsync($"someone{sprayed}@example.test", "Summer2026!");
        }

        var newcomer = await platform.CreateUserAsync();
        var newcomersFirstTry = await platform.NewSocketBrowser(forwardedFor: cafe).SignInAsync(newcomer.Email, PlatformFactory.Password);
        var colleagueAgain = await colleaguesPhone.SignInAsync(colleague.Email, PlatformFactory.Password);

        Assert.StartsWith("/login?error=throttled", newcomersFirstTry.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("/", colleagueAgain.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ACrewsTyposAtShiftStart_AreForgivenOnceEachGetsIn()
    {
        const string staffRoom = "198.51.100.70";
        for (var person = 0; person < 20; person++)
        {
            var member = await platform.CreateUserAsync();
            var phone = platform.NewSocketBrowser(forwardedFor: staffRoom);
            for (var typo = 0; typo < 3; typo++)
            {
                await phone.SignInAsync(member.Email, PlatformFactory.Password + "x");
            }

            Assert.Equal("/", (await phone.SignInAsync(member.Email, PlatformFactory.Password)).Headers.Location?.OriginalString);
        }

        // 60 failures from one address, more than it is allowed, yet every one of them was forgiven.
        var last = await platform.CreateUserAsync();
        var lastIn = await platform.NewSocketBrowser(forwardedFor: staffRoom).SignInAsync(last.Email, PlatformFactory.Password);

        Assert.Equal("/", lastIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SpellingsOfOneAddress_ShareOneCounter()
    {
        var owner = await platform.CreateUserAsync();
        var stranger = platform.NewSocketBrowser(forwardedFor: "203.0.113.60");
        string[] spellings = [owner.Email, owner.Email.ToUpperInvariant(), " " + owner.Email, owner.Email + " ", owner.Email.ToUpperInvariant() + "  "];
        foreach (var spelling in spellings)
        {
            await stranger.SignInAsync(spelling, "wrong");
        }

        var rightPassword = await stranger.SignInAsync(owner.Email, PlatformFactory.Password);

        Assert.StartsWith("/login?error=throttled", rightPassword.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThrottledPage_TellsHowLongToWait()
    {
        var browser = platform.NewSocketBrowser();

        var page = await browser.GetStringAsync("/login?error=throttled&retryAfter=437", Cancel);

        Assert.Contains("437 second", page, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", page, StringComparison.Ordinal);
    }
}
