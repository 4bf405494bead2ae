using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using DigitalWorkplace.SampleApp;
using DigitalWorkplace.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Launcher.Tests;

/// <summary>
/// The real single sign-on: the sample app (the stock ASP.NET Core OpenID Connect handler) signs a person in
/// through the platform's sign-in page; the platform runs on a real socket so the app reaches it over HTTP.
/// </summary>
public sealed class SingleSignOnTests(KestrelPlatform platform) : IClassFixture<KestrelPlatform>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_FromSampleApp_PasswordOnceThenSecondAppSignsInWithoutIt()
    {
        await using var planner = await StartSampleAsync("shift-planner");
        var person = await platform.CreateUserAsync("Camille Martin", EmploymentType.Seasonal);
        using var browser = new Browser();

        var home = await SignInWithPasswordAsync(browser, planner, person);

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal(planner.Url.Authority, home.Url.Authority);
        Assert.Contains("Shift Planner — signed in as Camille Martin", home.Html, StringComparison.Ordinal);
        Assert.Contains(person.Email, home.Html, StringComparison.Ordinal);
        Assert.Contains(browser.History, u => u.AbsolutePath == "/connect/authorize" && u.Port == platform.Address.Port);
        Assert.Contains(browser.History, u => u.AbsolutePath == "/signin-oidc" && u.Port == planner.Url.Port);

        await using var second = await StartSampleAsync("second-app");
        browser.History.Clear();

        var secondHome = await browser.GetAsync(second.Url);

        Assert.Contains("signed in as Camille Martin", secondHome.Html, StringComparison.Ordinal);
        Assert.Contains(browser.History, u => u.AbsolutePath == "/connect/authorize");
        Assert.DoesNotContain(browser.History, u => u.AbsolutePath == "/login");
    }

    [Fact]
    public async Task SignOut_FromSampleApp_EndsThePlatformSessionToo()
    {
        await using var planner = await StartSampleAsync("sign-out");
        var person = await platform.CreateUserAsync("Noé Petit");
        using var browser = new Browser();
        await SignInWithPasswordAsync(browser, planner, person);

        var afterSignOut = await browser.PostFormAsync(new Uri(planner.Url, "signout"), new Dictionary<string, string>());

        Assert.Contains(browser.History, u => u.AbsolutePath == "/connect/endsession");
        Assert.Contains(browser.History, u => u.AbsolutePath == "/signout-callback-oidc" && u.Port == planner.Url.Port);
        Assert.Equal("/login", afterSignOut.Url.AbsolutePath);
    }

    [Fact]
    public async Task EndSession_ABareGetWithoutHint_AsksFirstAndKeepsTheSession_ThenTheConfirmationSignsOut()
    {
        await using var planner = await StartSampleAsync("bare-get");
        var person = await platform.CreateUserAsync();
        using var browser = new Browser();
        await SignInWithPasswordAsync(browser, planner, person);

        // What an <img src> on another site would make the browser request.
        var asked = await browser.GetAsync(new Uri(platform.Address, $"/connect/endsession?client_id={planner.ClientId}"));
        var stillIn = await browser.GetAsync(new Uri(platform.Address, "/apps"));

        Assert.Equal(LauncherPages.ConfirmSignOut, asked.Url.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, asked.Status);
        Assert.Equal("/apps", stillIn.Url.AbsolutePath);

        var confirmed = await browser.PostFormAsync(new Uri(platform.Address, "/connect/endsession"), new Dictionary<string, string>
        {
            ["client_id"] = asked.Input("client_id")!,
            ["__RequestVerificationToken"] = asked.Input("__RequestVerificationToken")!,
        });
        var afterwards = await browser.GetAsync(new Uri(platform.Address, "/apps"));

        Assert.NotEqual(LauncherPages.ConfirmSignOut, confirmed.Url.AbsolutePath);
        Assert.Equal("/login", afterwards.Url.AbsolutePath);
    }

    [Fact]
    public async Task EndSession_PostWithoutItsAntiforgeryToken_IsAskedAgainNotObeyed()
    {
        await using var planner = await StartSampleAsync("forged-post");
        var person = await platform.CreateUserAsync();
        using var browser = new Browser();
        await SignInWithPasswordAsync(browser, planner, person);

        var forged = await browser.PostFormAsync(new Uri(platform.Address, "/connect/endsession"), new Dictionary<string, string> { ["client_id"] = planner.ClientId });
        var stillIn = await browser.GetAsync(new Uri(platform.Address, "/apps"));

        Assert.Equal(LauncherPages.ConfirmSignOut, forged.Url.AbsolutePath);
        Assert.Equal("/apps", stillIn.Url.AbsolutePath);
    }

    [Theory]
    [InlineData("too-short")]
    [InlineData("not base64url because of spaces and a plus+sign/and-a-slash-which-is-long-enough-to-pass")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Authorize_CodeChallengeThatIsNotBase64Url43To128_IsInvalidRequest(string challenge)
    {
        await using var planner = await StartSampleAsync("pkce-shape");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var redirect = Uri.EscapeDataString(new Uri(planner.Url, "signin-oidc").ToString());

        using var response = await http.GetAsync(new Uri(platform.Address,
            $"/connect/authorize?client_id={planner.ClientId}&redirect_uri={redirect}&response_type=code&scope=openid&code_challenge_method=S256&code_challenge={Uri.EscapeDataString(challenge)}"), Cancel);

        // Refused before the client's redirect address is trusted, so OpenIddict answers the browser itself.
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_request", body, StringComparison.Ordinal);
        Assert.Contains("code_challenge", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_FormPostResponseMode_ItsAutoSubmitScriptIsAllowedByTheContentSecurityPolicy()
    {
        // The stock ASP.NET Core OpenID Connect handler asks for form_post by default (the sample asks for query).
        await using var planner = await StartSampleAsync("form-post");
        var person = await platform.CreateUserAsync();
        using var browser = new Browser();
        await SignInWithPasswordAsync(browser, planner, person);
        var redirect = Uri.EscapeDataString(new Uri(planner.Url, "signin-oidc").ToString());
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(new string('v', 43))));

        var form = await browser.GetAsync(new Uri(platform.Address,
            $"/connect/authorize?client_id={planner.ClientId}&redirect_uri={redirect}&response_type=code&scope=openid&response_mode=form_post&state=s&nonce=n&code_challenge_method=S256&code_challenge={challenge}"));

        Assert.Equal(HttpStatusCode.OK, form.Status);
        var script = Regex.Match(form.Html, "<script>(?<body>.*?)</script>", RegexOptions.Singleline);
        Assert.True(script.Success, form.Html);
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.Groups["body"].Value)));
        Assert.Contains($"'sha256-{hash}'", form.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", form.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AppDisabled_PlatformAnswersAccessDenied()
    {
        await using var planner = await StartSampleAsync("disabled");
        var person = await platform.CreateUserAsync();
        using var browser = new Browser();
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LauncherDbContext>().AppTiles
                .Where(t => t.ClientId == planner.ClientId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.IsEnabled, false), Cancel);
        }

        var refused = await SignInWithPasswordAsync(browser, planner, person);

        var callback = Assert.Single(browser.History, u => u.AbsolutePath == "/signin-oidc");
        Assert.Equal("access_denied", QueryHelpers.ParseQuery(callback.Query)["error"].ToString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }

    /// <summary>Opens the app, lands on the platform's sign-in page, and posts its form like a browser would.</summary>
    private static async Task<Browser.Page> SignInWithPasswordAsync(Browser browser, RunningSample app, TestUser person)
    {
        var login = await browser.GetAsync(app.Url);
        Assert.Equal("/login", login.Url.AbsolutePath);

        return await browser.PostFormAsync(new Uri(login.Url, "/account/login"), new Dictionary<string, string>
        {
            ["userName"] = person.Email,
            ["password"] = PlatformFactory.Password,
            ["returnUrl"] = login.Input("returnUrl") ?? QueryHelpers.ParseQuery(login.Url.Query)["ReturnUrl"].ToString(),
            ["__RequestVerificationToken"] = login.Input("__RequestVerificationToken") ?? throw new InvalidOperationException("The /login form has no antiforgery token."),
        });
    }

    /// <summary>Starts a sample app on a free loopback port and registers it as a single sign-on app.</summary>
    private async Task<RunningSample> StartSampleAsync(string name)
    {
        var clientId = $"{name}-{Guid.NewGuid():N}"[..30];
        var app = ShiftPlanner.Build(["--urls=http://127.0.0.1:0", $"--Oidc:Authority={platform.Address}", $"--Oidc:ClientId={clientId}"]);
        await app.StartAsync(Cancel);
        var url = new Uri(app.Urls.First().TrimEnd('/') + "/");
        var registered = await platform.AsAsync(null, sp => sp.GetRequiredService<ILauncherService>().RegisterAppAsync(
            new NewApp("Shift Planner", "Plan your shifts.", url, clientId, [new Uri(url, "signin-oidc")], [new Uri(url, "signout-callback-oidc")]),
            Cancel));
        Assert.True(registered.IsSuccess, registered.Error?.Message);
        return new RunningSample(app, url, clientId);
    }

    private sealed record RunningSample(WebApplication App, Uri Url, string ClientId) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
