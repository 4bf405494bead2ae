using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.BuildingBlocks.Security;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>The browser's way in: the web UI's /login form (with its antiforgery token) posting to /account/login.</summary>
public abstract class CookieSignInTests(PlatformFactory platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_WithCorrectPassword_SetsASessionCookieTheApiAccepts()
    {
        var user = await platform.CreateUserAsync("Cookie Person");
        var browser = platform.NewBrowser();

        var response = await browser.SignInAsync(user.Email, PlatformFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/v1/people/me", Ct);
        Assert.Equal(user.Id, me.GetProperty("id").GetGuid());
        Assert.Equal("Cookie Person", me.GetProperty("displayName").GetString());
    }

    [Theory]
    [InlineData("/connect/authorize?client_id=intranet&scope=openid", "/connect/authorize?client_id=intranet&scope=openid")]
    [InlineData("/communities/kitchen", "/communities/kitchen")]
    [InlineData("https://evil.example/phish", "/")]
    [InlineData("//evil.example/phish", "/")]
    public async Task Login_WithReturnUrl_RedirectsThereOnlyWhenLocal(string returnUrl, string expected)
    {
        var user = await platform.CreateUserAsync();

        var response = await platform.NewBrowser().SignInAsync(user.Email, PlatformFactory.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Login_WithWrongPassword_RedirectsToLoginWithErrorAndNoSession()
    {
        var user = await platform.CreateUserAsync();
        var browser = platform.NewBrowser();

        var response = await browser.SignInAsync(user.Email, "wrong password!", "/feeds");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?error=invalid&returnUrl=%2Ffeeds", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/people/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task Login_WithUnknownEmail_GivesTheSameAnswerAsAWrongPassword()
    {
        var response = await platform.NewBrowser().SignInAsync(IdentityTestData.UniqueEmail("nobody"), "whatever password", "/feeds");

        Assert.Equal("/login?error=invalid&returnUrl=%2Ffeeds", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Login_AfterFiveFailuresFromOneAddress_IsSlowedThereEvenWithTheRightPassword()
    {
        var user = await platform.CreateUserAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await platform.NewBrowser().SignInAsync(user.Email, "wrong password!");
        }

        var response = await platform.NewBrowser().SignInAsync(user.Email, PlatformFactory.Password);

        Assert.StartsWith("/login?error=throttled", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_ExpiredAccount_IsRefused()
    {
        var email = IdentityTestData.UniqueEmail("expired");
        await platform.AsAsync(null, sp => sp.GetRequiredService<IAccountService>().CreateAccountAsync(
            new NewAccount(email, "Gone", PlatformFactory.Password, EmploymentType.Seasonal, EndDate: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1)), Ct));

        var response = await platform.NewBrowser().SignInAsync(email, PlatformFactory.Password);

        Assert.StartsWith("/login?error=invalid", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRejected()
    {
        var user = await platform.CreateUserAsync();
        var browser = platform.NewBrowser();

        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = user.Email,
            ["password"] = PlatformFactory.Password,
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/people/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task Logout_AfterLogin_EndsTheSession()
    {
        var user = await platform.CreateUserAsync();
        var browser = platform.NewBrowser();
        await browser.SignInAsync(user.Email, PlatformFactory.Password);
        var token = await browser.AntiforgeryTokenAsync();

        var response = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/people/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task CookiePrincipal_CarriesThePlatformClaims()
    {
        var admin = await platform.CreateUserAsync("Admin Display Name", administrator: true);

        var principal = await platform.AsAsync(null, async sp =>
        {
            var people = sp.GetRequiredService<UserManager<Person>>();
            var factory = sp.GetRequiredService<IUserClaimsPrincipalFactory<Person>>();
            return await factory.CreateAsync((await people.FindByIdAsync(admin.Id.ToString()))!);
        });

        Assert.Equal(admin.Id.ToString(), principal.FindFirst(PlatformClaims.PersonId)?.Value);
        Assert.Equal("Admin Display Name", Assert.Single(principal.FindAll(PlatformClaims.Name)).Value);
        Assert.Equal("Admin Display Name", principal.Identity?.Name);
        Assert.Equal(admin.Email, principal.FindFirst("email")?.Value);
        Assert.True(principal.IsInRole(PlatformClaims.AdministratorRole));
    }
}

public sealed class CookieSignInSqliteTests(SqlitePlatform platform) : CookieSignInTests(platform), IClassFixture<SqlitePlatform>;

public sealed class CookieSignInPostgresTests(PostgresPlatform platform) : CookieSignInTests(platform), IClassFixture<PostgresPlatform>;
