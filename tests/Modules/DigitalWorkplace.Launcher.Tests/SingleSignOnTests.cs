using System.Net;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.SampleApp;
using DigitalWorkplace.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Launcher.Tests;

/// <summary>
/// The real single sign-on: the sample app (the stock ASP.NET Core OpenID Connect handler) signs a person in
/// through the platform's sign-in page, then a second app signs them in from the platform session alone.
/// </summary>
public sealed class SingleSignOnTests(KestrelPlatform platform) : IClassFixture<KestrelPlatform>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_FromSampleApp_PasswordOnceThenSecondAppSignsInWithoutIt()
    {
        // The platform on a real socket, so that the relying party in this process reaches it over HTTP.
        var authority = platform.Address;
        await using var planner = await StartSampleAsync(authority, "shift-planner-" + Guid.NewGuid().ToString("N")[..6]);
        var person = await platform.CreateUserAsync("Camille Martin", EmploymentType.Seasonal);
        using var browser = new Browser();

        var login = await browser.GetAsync(planner.Url);

        Assert.Equal("/login", login.Url.AbsolutePath);
        Assert.Contains(browser.History, u => u.AbsolutePath == "/connect/authorize" && u.Port == authority.Port);
        var returnUrl = login.Input("returnUrl") ?? QueryHelpers.ParseQuery(login.Url.Query)["ReturnUrl"].ToString();
        var home = await browser.PostFormAsync(new Uri(authority, "/account/login"), new Dictionary<string, string>
        {
            ["email"] = person.Email,
            ["password"] = PlatformFactory.Password,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = login.Input("__RequestVerificationToken") ?? throw new InvalidOperationException("The /login form has no antiforgery token."),
        });

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal(planner.Url.Authority, home.Url.Authority);
        Assert.Contains("Shift Planner — signed in as Camille Martin", home.Html, StringComparison.Ordinal);
        Assert.Contains(browser.History, u => u.AbsolutePath == "/signin-oidc" && u.Port == planner.Url.Port);

        await using var second = await StartSampleAsync(authority, "second-app-" + Guid.NewGuid().ToString("N")[..6]);
        browser.History.Clear();

        var secondHome = await browser.GetAsync(second.Url);

        Assert.Contains("signed in as Camille Martin", secondHome.Html, StringComparison.Ordinal);
        Assert.Contains(browser.History, u => u.AbsolutePath == "/connect/authorize");
        Assert.DoesNotContain(browser.History, u => u.AbsolutePath == "/login");
    }

    private async Task<RunningSample> StartSampleAsync(Uri authority, string clientId)
    {
        var app = ShiftPlanner.Build(["--urls=http://127.0.0.1:0", $"--Oidc:Authority={authority}", $"--Oidc:ClientId={clientId}"]);
        await app.StartAsync(Cancel);
        var url = new Uri(app.Urls.First().TrimEnd('/') + "/");
        var registered = await platform.AsAsync(null, sp => sp.GetRequiredService<ILauncherService>().RegisterAppAsync(
            new NewApp("Shift Planner", "Plan your shifts.", url, clientId, [new Uri(url, "signin-oidc")], [new Uri(url, "signout-callback-oidc")]),
            Cancel));
        Assert.True(registered.IsSuccess, registered.Error?.Message);
        return new RunningSample(app, url);
    }

    private sealed record RunningSample(WebApplication App, Uri Url) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
