using System.Security.Claims;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Testing;
using Duende.IdentityModel.OidcClient;
using Duende.IdentityModel.OidcClient.Browser;
using Duende.IdentityModel.OidcClient.Results;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DigitalWorkplace.Launcher.Tests;

/// <summary>
/// The platform as OpenID Connect provider seen by a second, independent client library (Duende's OidcClient, made for
/// native apps): code + PKCE, confidential secrets, refresh-token rotation and reuse detection, prompt and max_age,
/// scopes and their claims, logout, and the error paths. The platform runs on a real socket.
/// </summary>
public sealed class OidcClientTests(KestrelPlatform platform) : IClassFixture<KestrelPlatform>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private static readonly Uri Callback = new("http://127.0.0.1:7890/callback");
    private static readonly Uri SignedOut = new("http://127.0.0.1:7890/signed-out");

    [Fact]
    public async Task AConfidentialClient_SignsInWithCodeAndPkce_GetsTheClaimsOfItsScopes_AndItsRefreshTokensRoll()
    {
        var location = await platform.NewLocationAsync("Nice airport");
        var person = await platform.CreateUserAsync("Inès Laurent", EmploymentType.Seasonal, location: location.Name);
        await platform.GrantRoleAsync(person, PlatformRole.LocationManager, location.Id);
        var app = await RegisterAsync(AppClientType.Confidential, AppScopes.All);
        var secret = await IssueSecretAsync(app);
        using var browser = new SigningInBrowser(person);
        var client = Client(app, browser, "openid profile email location roles employment offline_access", secret);

        var signedIn = await client.LoginAsync(new LoginRequest(), Cancel);

        Assert.False(signedIn.IsError, signedIn.Error);
        Assert.Equal(person.Id.ToString(), signedIn.User.FindFirst("sub")?.Value);
        Assert.Equal("Inès Laurent", signedIn.User.FindFirst("name")?.Value);
        Assert.Equal(person.Email, signedIn.User.FindFirst("email")?.Value);
        Assert.Equal(location.Name, signedIn.User.FindFirst("location")?.Value);
        Assert.Equal(location.Id.ToString(), signedIn.User.FindFirst("location_id")?.Value);
        Assert.Equal("seasonal", signedIn.User.FindFirst("employment_type")?.Value);
        Assert.Contains(signedIn.User.FindAll("role"), r => r.Value == PlatformRoleClaims.Of(PlatformRole.LocationManager));
        Assert.NotNull(signedIn.RefreshToken);

        var refreshed = await client.RefreshTokenAsync(signedIn.RefreshToken, cancellationToken: Cancel);
        var again = await client.RefreshTokenAsync(refreshed.RefreshToken, cancellationToken: Cancel);

        Assert.False(refreshed.IsError, refreshed.Error);
        Assert.NotEqual(signedIn.RefreshToken, refreshed.RefreshToken);
        Assert.False(again.IsError, again.Error);
        var profile = await client.GetUserInfoAsync(again.AccessToken, Cancel);
        Assert.False(profile.IsError, profile.Error);
        Assert.Contains(profile.Claims, c => c.Type == "location" && c.Value == location.Name);
    }

    [Fact]
    public async Task ARefreshTokenUsedTwice_RevokesEveryTokenOfThatSignIn()
    {
        var person = await platform.CreateUserAsync();
        var app = await RegisterAsync(AppClientType.Public, [AppScopes.Profile, AppScopes.OfflineAccess]);
        using var browser = new SigningInBrowser(person);
        var client = Client(app, browser, "openid profile offline_access");
        var signedIn = await client.LoginAsync(new LoginRequest(), Cancel);
        var rolled = await client.RefreshTokenAsync(signedIn.RefreshToken, cancellationToken: Cancel);
        Assert.False(rolled.IsError, rolled.Error);

        // A stolen copy of the first refresh token, played back after the app used it.
        var replayed = await client.RefreshTokenAsync(signedIn.RefreshToken, cancellationToken: Cancel);
        var legitimate = await client.RefreshTokenAsync(rolled.RefreshToken, cancellationToken: Cancel);
        var userInfo = await client.GetUserInfoAsync(rolled.AccessToken, Cancel);

        Assert.Equal("invalid_grant", replayed.Error);
        Assert.Equal("invalid_grant", legitimate.Error);
        Assert.True(userInfo.IsError);
    }

    [Fact]
    public async Task ASecret_IsAskedOfAConfidentialClient_AndARotatedOneReplacesTheOld()
    {
        var person = await platform.CreateUserAsync();
        var app = await RegisterAsync(AppClientType.Confidential, [AppScopes.Profile]);
        var first = await IssueSecretAsync(app);
        using var browser = new SigningInBrowser(person);
        Assert.False((await Client(app, browser, "openid profile", first).LoginAsync(new LoginRequest(), Cancel)).IsError);

        var second = await IssueSecretAsync(app);
        var withOld = await Client(app, browser, "openid profile", first).LoginAsync(new LoginRequest(), Cancel);
        var withNone = await Client(app, browser, "openid profile").LoginAsync(new LoginRequest(), Cancel);
        var withNew = await Client(app, browser, "openid profile", second).LoginAsync(new LoginRequest(), Cancel);

        Assert.NotEqual(first, second);
        // invalid_client is a 401 from the token endpoint, which OidcClient reports by status.
        Assert.StartsWith("Error redeeming code: Unauthorized", withOld.Error, StringComparison.Ordinal);
        Assert.StartsWith("Error redeeming code: Unauthorized", withNone.Error, StringComparison.Ordinal);
        Assert.False(withNew.IsError, withNew.Error);
        var stored = await platform.AsAsync(null, async sp =>
        {
            var applications = sp.GetRequiredService<OpenIddict.Abstractions.IOpenIddictApplicationManager>();
            var descriptor = new OpenIddict.Abstractions.OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(descriptor, (await applications.FindByClientIdAsync(app.ClientId, Cancel))!, Cancel);
            return descriptor.ClientSecret;
        });
        Assert.False(string.IsNullOrEmpty(stored));
        Assert.DoesNotContain(second, stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromptNone_WithoutASession_IsLoginRequired_PromptLoginAndMaxAge_AskForThePasswordAgain()
    {
        var person = await platform.CreateUserAsync();
        var app = await RegisterAsync(AppClientType.Public, [AppScopes.Profile]);
        using var browser = new SigningInBrowser(person);
        var client = Client(app, browser, "openid profile");

        var silent = await client.LoginAsync(new LoginRequest { FrontChannelExtraParameters = new() { { "prompt", "none" } } }, Cancel);
        Assert.Equal("login_required", silent.Error);
        Assert.Equal(0, browser.SignIns);

        var first = await client.LoginAsync(new LoginRequest(), Cancel);
        var quiet = await client.LoginAsync(new LoginRequest { FrontChannelExtraParameters = new() { { "prompt", "none" } } }, Cancel);
        Assert.False(quiet.IsError, quiet.Error);
        Assert.Equal(1, browser.SignIns);

        var forced = await client.LoginAsync(new LoginRequest { FrontChannelExtraParameters = new() { { "prompt", "login" } } }, Cancel);
        Assert.False(forced.IsError, forced.Error);
        Assert.Equal(2, browser.SignIns);

        var fresh = await client.LoginAsync(new LoginRequest { FrontChannelExtraParameters = new() { { "max_age", "0" } } }, Cancel);
        Assert.False(fresh.IsError, fresh.Error);
        Assert.Equal(3, browser.SignIns);
        Assert.True(fresh.AuthenticationTime >= first.AuthenticationTime, "the id token's auth_time is the new sign-in's");
        var recent = await client.LoginAsync(new LoginRequest { FrontChannelExtraParameters = new() { { "max_age", "3600" } } }, Cancel);
        Assert.False(recent.IsError, recent.Error);
        Assert.Equal(3, browser.SignIns);
    }

    [Fact]
    public async Task SomeoneOutsideTheAudiences_IsRefusedAtTheAuthorizationEndpoint_AndLeavingThem_StopsTheRefreshTokens()
    {
        var franchise = await platform.CreateAudienceAsync(EmploymentType.Franchise);
        var owner = await platform.CreateUserAsync(type: EmploymentType.Franchise);
        var barista = await platform.CreateUserAsync(type: EmploymentType.Seasonal);
        var app = await RegisterAsync(AppClientType.Public, [AppScopes.Profile, AppScopes.OfflineAccess], [franchise]);

        using var baristaBrowser = new SigningInBrowser(barista);
        var refused = await Client(app, baristaBrowser, "openid profile").LoginAsync(new LoginRequest(), Cancel);
        Assert.Equal("access_denied", refused.Error);

        using var ownerBrowser = new SigningInBrowser(owner);
        var ownerClient = Client(app, ownerBrowser, "openid profile offline_access");
        var signedIn = await ownerClient.LoginAsync(new LoginRequest(), Cancel);
        Assert.False(signedIn.IsError, signedIn.Error);

        var admin = await platform.CreateUserAsync(administrator: true);
        var permanentOnly = await platform.CreateAudienceAsync(EmploymentType.Permanent);
        var narrowed = await platform.AsAsync(admin, sp => sp.GetRequiredService<ILauncherAdministration>().UpdateAsync(
            app.TileId, new AppChanges("OIDC app", null, null, new Uri("https://app.example/"), null, [permanentOnly]), Cancel));
        Assert.True(narrowed.IsSuccess, narrowed.Error?.Message);

        var renewed = await ownerClient.RefreshTokenAsync(signedIn.RefreshToken, cancellationToken: Cancel);
        Assert.Equal("invalid_grant", renewed.Error);
    }

    [Fact]
    public async Task AnAccountEnded_ItsRefreshTokenStops()
    {
        var person = await platform.CreateUserAsync(type: EmploymentType.Seasonal);
        var app = await RegisterAsync(AppClientType.Public, [AppScopes.Profile, AppScopes.OfflineAccess]);
        using var browser = new SigningInBrowser(person);
        var client = Client(app, browser, "openid profile offline_access");
        var signedIn = await client.LoginAsync(new LoginRequest(), Cancel);
        Assert.False(signedIn.IsError, signedIn.Error);

        var ended = await platform.AsAsync(null, sp => sp.GetRequiredService<IPeopleAdministration>().EndAccessAsync(person.Id, AccountStatus.Ended, Cancel));
        Assert.True(ended.IsSuccess, ended.Error?.Message);

        var renewed = await client.RefreshTokenAsync(signedIn.RefreshToken, cancellationToken: Cancel);
        Assert.Equal("invalid_grant", renewed.Error);
    }

    [Fact]
    public async Task AScopeTheAppWasNotAllowed_IsRefused_AndOneTakenAway_IsNoLongerReleasedOnRefresh()
    {
        var person = await platform.CreateUserAsync();
        var app = await RegisterAsync(AppClientType.Public, [AppScopes.Profile, AppScopes.Email, AppScopes.OfflineAccess]);
        using var browser = new SigningInBrowser(person);

        // Refused by OpenIddict on its own page, before any code or redirect.
        var greedy = await Client(app, browser, "openid profile roles").LoginAsync(new LoginRequest(), Cancel);
        Assert.StartsWith("400 at /connect/authorize: error:invalid_request", greedy.Error, StringComparison.Ordinal);
        Assert.Contains("scope", greedy.Error, StringComparison.Ordinal);

        var client = Client(app, browser, "openid profile email offline_access");
        var signedIn = await client.LoginAsync(new LoginRequest(), Cancel);
        Assert.Equal(person.Email, signedIn.User.FindFirst("email")?.Value);
        var admin = await platform.CreateUserAsync(administrator: true);
        var configured = await platform.AsAsync(admin, sp => sp.GetRequiredService<ILauncherAdministration>().ConfigureClientAsync(
            app.TileId, new ClientSettings(AppClientType.Public, [Callback], [SignedOut], [AppScopes.Profile, AppScopes.OfflineAccess]), Cancel));
        Assert.True(configured.IsSuccess, configured.Error?.Message);

        var refreshed = await client.RefreshTokenAsync(signedIn.RefreshToken, cancellationToken: Cancel);
        var profile = await client.GetUserInfoAsync(refreshed.AccessToken, Cancel);

        Assert.False(refreshed.IsError, refreshed.Error);
        Assert.DoesNotContain(profile.Claims, c => c.Type == "email");
        Assert.Contains(profile.Claims, c => c.Type == "name");
    }

    [Fact]
    public async Task Logout_WithTheIdTokenAsHint_EndsThePlatformSession_AndReturnsToThePostLogoutAddress()
    {
        var person = await platform.CreateUserAsync();
        var app = await RegisterAsync(AppClientType.Public, [AppScopes.Profile]);
        using var browser = new SigningInBrowser(person);
        var client = Client(app, browser, "openid profile");
        var signedIn = await client.LoginAsync(new LoginRequest(), Cancel);

        var signedOut = await client.LogoutAsync(new LogoutRequest { IdTokenHint = signedIn.IdentityToken }, Cancel);
        var afterwards = await client.LoginAsync(new LoginRequest { FrontChannelExtraParameters = new() { { "prompt", "none" } } }, Cancel);

        Assert.False(signedOut.IsError, signedOut.Error);
        Assert.StartsWith(SignedOut.AbsoluteUri, signedOut.Response, StringComparison.Ordinal);
        Assert.Equal("login_required", afterwards.Error);
    }

    private OidcClient Client(RegisteredApp app, SigningInBrowser browser, string scope, string? secret = null) =>
        new(new OidcClientOptions
        {
            Authority = platform.Address.AbsoluteUri.TrimEnd('/'),
            ClientId = app.ClientId,
            ClientSecret = secret,
            RedirectUri = Callback.AbsoluteUri,
            PostLogoutRedirectUri = SignedOut.AbsoluteUri,
            Scope = scope,
            Browser = browser,
            IdentityTokenValidator = new SignatureChecked(),
            Policy = new Policy { Discovery = { RequireHttps = false } },
        });

    private async Task<RegisteredApp> RegisterAsync(AppClientType type, IReadOnlyList<string> scopes, IReadOnlyList<Guid>? audiences = null)
    {
        var clientId = $"native-{Guid.NewGuid():N}"[..24];
        var registered = await platform.AsAsync(null, sp => sp.GetRequiredService<ILauncherService>().RegisterAppAsync(
            new NewApp("OIDC app", "A native app.", new Uri("https://app.example/"), clientId, [Callback], [SignedOut], AudienceIds: audiences, ClientType: type, Scopes: scopes), Cancel));
        Assert.True(registered.IsSuccess, registered.Error?.Message);
        return new RegisteredApp(registered.Value!.Id, clientId);
    }

    private async Task<string> IssueSecretAsync(RegisteredApp app)
    {
        var admin = await platform.CreateUserAsync(administrator: true);
        var issued = await platform.AsAsync(admin, sp => sp.GetRequiredService<ILauncherAdministration>().IssueSecretAsync(app.TileId, Cancel));
        Assert.True(issued.IsSuccess, issued.Error?.Message);
        return issued.Value!.ClientSecret;
    }

    private sealed record RegisteredApp(Guid TileId, string ClientId);

    /// <summary>The system browser a native app would open: it signs in with the password whenever the platform shows its sign-in page.</summary>
    private sealed class SigningInBrowser(TestUser person) : IBrowser, IDisposable
    {
        private readonly Browser _browser = new();

        /// <summary>How many times the sign-in page was shown and the password typed.</summary>
        public int SignIns { get; private set; }

        public async Task<BrowserResult> InvokeAsync(BrowserOptions options, CancellationToken cancellationToken = default)
        {
            _browser.StopAt = new Uri(options.EndUrl);
            var page = await _browser.GetAsync(new Uri(options.StartUrl));
            if (page.Url.AbsolutePath == "/login")
            {
                SignIns++;
                page = await _browser.PostFormAsync(new Uri(page.Url, "/account/login"), new Dictionary<string, string>
                {
                    ["userName"] = person.Email,
                    ["password"] = PlatformFactory.Password,
                    ["returnUrl"] = page.Input("returnUrl") ?? QueryHelpers.ParseQuery(page.Url.Query)["ReturnUrl"].ToString(),
                    ["__RequestVerificationToken"] = page.Input("__RequestVerificationToken")!,
                });
            }

            return page.Url.AbsoluteUri.StartsWith(options.EndUrl, StringComparison.Ordinal)
                ? new BrowserResult { ResultType = BrowserResultType.Success, Response = page.Url.AbsoluteUri }
                : new BrowserResult { ResultType = BrowserResultType.UnknownError, Error = $"{(int)page.Status} at {page.Url.AbsolutePath}: {page.Html[..Math.Min(page.Html.Length, 400)]}" };
        }

        public void Dispose() => _browser.Dispose();
    }

    /// <summary>The id token checked against the provider's published keys, issuer and audience (OidcClient leaves it to the app).</summary>
    private sealed class SignatureChecked : IIdentityTokenValidator
    {
        public async Task<IdentityTokenValidationResult> ValidateAsync(string identityToken, OidcClientOptions options, CancellationToken cancellationToken = default)
        {
            var keys = new JsonWebKeySet(System.Text.Json.JsonSerializer.Serialize(options.ProviderInformation.KeySet)).GetSigningKeys();
            var result = await new JsonWebTokenHandler().ValidateTokenAsync(identityToken, new TokenValidationParameters
            {
                ValidIssuer = options.ProviderInformation.IssuerName,
                ValidAudience = options.ClientId,
                IssuerSigningKeys = keys,
                NameClaimType = "name",
            });
            return result.IsValid
                ? new IdentityTokenValidationResult { User = new ClaimsPrincipal(result.ClaimsIdentity), SignatureAlgorithm = ((JsonWebToken)result.SecurityToken).Alg }
                : new IdentityTokenValidationResult { Error = result.Exception?.Message ?? "invalid id token" };
        }
    }
}
