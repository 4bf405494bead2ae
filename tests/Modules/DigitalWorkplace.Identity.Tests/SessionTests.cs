using System.Net;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>Browser sessions live on the server: signing out ends every copy of the cookie.</summary>
public abstract class SessionTests(PlatformFactory platform)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignOut_ThenACopiedCookie_IsRefused()
    {
        var user = await platform.CreateUserAsync();
        var browser = await platform.SignedInBrowserAsync(user);
        var cookie = await SessionCookieAsync(browser);
        using var thief = platform.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/api/v1/people/me", Cancel)).StatusCode);

        var signedOut = await browser.PostFormAsync("/", "/account/logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync("/api/v1/people/me", Cancel)).StatusCode);
        Assert.Equal(0, await SessionsOfAsync(user.Id));
    }

    [Fact]
    public async Task SignIn_KeepsTheSessionOnTheServer_AndTheCookieHoldsOnlyItsKey()
    {
        var user = await platform.CreateUserAsync("Session Keeper");
        var browser = await platform.SignedInBrowserAsync(user);

        var cookie = await SessionCookieAsync(browser);

        Assert.Equal(1, await SessionsOfAsync(user.Id));
        // A cookie carrying the whole ticket runs to thousands of characters; a session key fits in a few hundred.
        Assert.True(cookie.Length < 600, $"The cookie is {cookie.Length} characters: is it still carrying the ticket?");
    }

    [Fact]
    public async Task OneSessionSignedOut_LeavesThePersonsOtherSessionsOpen()
    {
        var user = await platform.CreateUserAsync();
        var phone = await platform.SignedInBrowserAsync(user);
        var laptop = await platform.SignedInBrowserAsync(user);

        await phone.PostFormAsync("/", "/account/logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/v1/people/me", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/api/v1/people/me", Cancel)).StatusCode);
    }

    /// <summary>The session cookie's header, as a thief would copy it from the browser.</summary>
    private static async Task<string> SessionCookieAsync(HttpClient browser)
    {
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/people/me", Cancel)).StatusCode);
        var session = Assert.Single(browser.CookiesOf(), c => c.Name == "dw.session");
        return $"{session.Name}={session.Value}";
    }

    private async Task<int> SessionsOfAsync(Guid personId)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().Sessions.CountAsync(s => s.PersonId == personId, Cancel);
    }
}

public sealed class SessionSqliteTests(SqlitePlatform platform) : SessionTests(platform), IClassFixture<SqlitePlatform>;

public sealed class SessionPostgresTests(PostgresPlatform platform) : SessionTests(platform), IClassFixture<PostgresPlatform>;
