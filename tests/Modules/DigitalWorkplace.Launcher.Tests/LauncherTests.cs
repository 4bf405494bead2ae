using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Launcher.Tests;

/// <summary>Tiles, launches and app registration over the real host; run once per database provider.</summary>
public abstract partial class LauncherTests(PlatformFactory platform)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RegisterApp_WithClientId_TileListedForEveryone()
    {
        var admin = await AdminClientAsync();
        var clientId = "planner-" + Guid.NewGuid().ToString("N")[..8];

        var response = await admin.PostAsJsonAsync("/api/v1/apps", SsoApp(clientId), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var tile = (await response.Content.ReadFromJsonAsync<AppTileDto>(Cancel))!;
        Assert.Equal($"/apps/{tile.Id}/launch", tile.LaunchUrl);
        Assert.True(tile.UsesSingleSignOn);
        var person = platform.CreateClientFor(await platform.CreateUserAsync());
        var mine = await person.GetFromJsonAsync<List<AppTileDto>>("/api/v1/apps", Cancel);
        Assert.Contains(mine!, t => t.Id == tile.Id && t.Name == "Shift Planner" && t.LaunchUrl == tile.LaunchUrl);
    }

    [Fact]
    public async Task MyTiles_AccountEnded_NoAppAtAll()
    {
        var tile = await RegisterAsync(new NewApp("Recipe book", "Every recipe card.", new Uri("https://recipes.example/"), null, [], []));
        var active = await platform.CreateUserAsync();
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var ended = await platform.AsAsync(null, sp => sp.GetRequiredService<IAccountService>().CreateAccountAsync(
            new NewAccount($"ended-{Guid.NewGuid():N}@test.example", "Last season", PlatformFactory.Password, EmploymentType.Seasonal, EndDate: yesterday), Cancel));

        var activeTiles = await platform.AsAsync(active, sp => sp.GetRequiredService<ILauncherService>().MyTilesAsync(Cancel));
        var endedTiles = await platform.AsAsync(new TestUser(ended.Value!.Id, "", "", false, ""), sp => sp.GetRequiredService<ILauncherService>().MyTilesAsync(Cancel));

        Assert.Contains(activeTiles, t => t.Id == tile.Id);
        Assert.Empty(endedTiles);
    }

    /// <summary>A tile for an audience is seen and opened by its members only; the launch of anyone else is not found.</summary>
    [Fact]
    public async Task Tile_ForAnAudience_OnlyItsMembersSeeAndLaunchIt()
    {
        var franchiseOnly = await platform.CreateAudienceAsync(EmploymentType.Franchise);
        var tile = await RegisterAsync(new NewApp("Franchise accounts", "Royalties and invoices.", new Uri("https://accounts.example/"), null, [], [], AudienceIds: [franchiseOnly]));
        var owner = await platform.CreateUserAsync(type: EmploymentType.Franchise);
        var barista = await platform.CreateUserAsync(type: EmploymentType.Seasonal);

        var ownerTiles = await platform.AsAsync(owner, sp => sp.GetRequiredService<ILauncherService>().MyTilesAsync(Cancel));
        var baristaTiles = await platform.AsAsync(barista, sp => sp.GetRequiredService<ILauncherService>().MyTilesAsync(Cancel));
        var baristaLaunch = await platform.CreateClientFor(barista).GetAsync(tile.LaunchUrl, Cancel);
        var ownerLaunch = await platform.CreateClientFor(owner).GetAsync(tile.LaunchUrl, Cancel);

        Assert.Contains(ownerTiles, t => t.Id == tile.Id);
        Assert.DoesNotContain(baristaTiles, t => t.Id == tile.Id);
        Assert.Equal(HttpStatusCode.NotFound, baristaLaunch.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, ownerLaunch.StatusCode);
    }

    /// <summary>An app's tokens for someone whose account ends (a season's end, a suspension) are revoked: no app renews their session.</summary>
    [Fact]
    public async Task AccountEnded_TokensIssuedToAppsForThePerson_AreRevoked()
    {
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var person = await platform.CreateUserAsync();
        var bystander = await platform.CreateUserAsync();
        var issued = await IssueRefreshTokenAsync(person.Id);
        var kept = await IssueRefreshTokenAsync(bystander.Id);

        var ended = await admin.PostAsync($"/api/v1/people/{person.Id}/end", null, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.Equal(OpenIddict.Abstractions.OpenIddictConstants.Statuses.Revoked, await Eventually.GetAsync(() => TokenStatusAsync(issued), s => s == OpenIddict.Abstractions.OpenIddictConstants.Statuses.Revoked));
        Assert.Equal(OpenIddict.Abstractions.OpenIddictConstants.Statuses.Valid, await TokenStatusAsync(kept));
    }

    private async Task<string> IssueRefreshTokenAsync(Guid personId)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<OpenIddict.Abstractions.IOpenIddictTokenManager>();
        var token = await tokens.CreateAsync(new OpenIddict.Abstractions.OpenIddictTokenDescriptor
        {
            Subject = personId.ToString(),
            Type = OpenIddict.Abstractions.OpenIddictConstants.TokenTypeHints.RefreshToken,
            Status = OpenIddict.Abstractions.OpenIddictConstants.Statuses.Valid,
            CreationDate = DateTimeOffset.UtcNow,
            ExpirationDate = DateTimeOffset.UtcNow.AddDays(14),
        }, Cancel);
        return (await tokens.GetIdAsync(token, Cancel))!;
    }

    private async Task<string?> TokenStatusAsync(string id)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<OpenIddict.Abstractions.IOpenIddictTokenManager>();
        return await tokens.GetStatusAsync((await tokens.FindByIdAsync(id, Cancel))!, Cancel);
    }

    [Fact]
    public async Task RegisterApp_WithoutClientId_PlainLinkTile()
    {
        var tile = await RegisterAsync(new NewApp("Payslips", "Your payslips.", new Uri("https://payslips.example/"), null, [], []));

        Assert.False(tile.UsesSingleSignOn);
    }

    [Fact]
    public async Task RegisterApp_ClientIdTaken_Conflict()
    {
        var clientId = "twice-" + Guid.NewGuid().ToString("N")[..8];
        await RegisterAsync(SsoApp(clientId));

        var response = await (await AdminClientAsync()).PostAsJsonAsync("/api/v1/apps", SsoApp(clientId), Cancel);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task RegisterApp_NotAdministrator_Forbidden()
    {
        var person = platform.CreateClientFor(await platform.CreateUserAsync());

        var response = await person.PostAsJsonAsync("/api/v1/apps", SsoApp("not-mine"), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RegisterApp_InvalidFields_BadRequestNamingEachField()
    {
        var app = new { name = "", homeUrl = "ftp://files.example/", clientId = "a b", redirectUris = Array.Empty<string>(), postLogoutRedirectUris = Array.Empty<string>() };

        var response = await (await AdminClientAsync()).PostAsJsonAsync("/api/v1/apps", app, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        foreach (var field in new[] { "name", "homeUrl", "clientId", "redirectUris" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} should be named in {errors}");
        }
    }

    [Fact]
    public async Task LaunchApp_SignedIn_CountsTheLaunchAndRedirectsHome()
    {
        var tile = await RegisterAsync(new NewApp("Rota", "Who works when.", new Uri("https://rota.example/home"), null, [], []));
        var person = platform.CreateClientFor(await platform.CreateUserAsync());

        var first = await person.GetAsync(tile.LaunchUrl, Cancel);
        await person.GetAsync(tile.LaunchUrl, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(new Uri("https://rota.example/home"), first.Headers.Location);
        await using var scope = platform.Services.CreateAsyncScope();
        var launches = await scope.ServiceProvider.GetRequiredService<LauncherDbContext>().AppLaunches.CountAsync(l => l.TileId == tile.Id, Cancel);
        Assert.Equal(2, launches);
    }

    [Fact]
    public async Task LaunchApp_NotSignedIn_RedirectsToSignInAndBack()
    {
        var tile = await RegisterAsync(new NewApp("Rota", "Who works when.", new Uri("https://rota.example/home"), null, [], []));
        var anonymous = platform.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync(tile.LaunchUrl, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
        Assert.Contains(Uri.EscapeDataString(tile.LaunchUrl), response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LaunchApp_UnknownTile_NotFound()
    {
        var person = platform.CreateClientFor(await platform.CreateUserAsync());

        var response = await person.GetAsync($"/apps/{Guid.CreateVersion7()}/launch", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Discovery_Anonymous_AdvertisesCodeFlowWithPkceAndTheEndpoints()
    {
        var discovery = await platform.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration", Cancel);

        Assert.EndsWith("/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/userinfo", discovery.GetProperty("userinfo_endpoint").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/endsession", discovery.GetProperty("end_session_endpoint").GetString(), StringComparison.Ordinal);
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("email", discovery.GetProperty("scopes_supported").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Authorize_UnknownClient_RejectedBeforeAnyRedirect()
    {
        var client = platform.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(
            "/connect/authorize?client_id=nobody&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&response_type=code&scope=openid&code_challenge=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG&code_challenge_method=S256",
            Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Model_EveryChange_HasAMigration()
    {
        await using var scope = platform.Services.CreateAsyncScope();

        Assert.False(scope.ServiceProvider.GetRequiredService<LauncherDbContext>().Database.HasPendingModelChanges());
    }

    private static NewApp SsoApp(string clientId) => new(
        "Shift Planner",
        "Plan your shifts.",
        new Uri("https://planner.example/"),
        clientId,
        [new Uri("https://planner.example/signin-oidc")],
        [new Uri("https://planner.example/signout-callback-oidc")]);

    private async Task<AppTileDto> RegisterAsync(NewApp app)
    {
        var result = await platform.AsAsync(null, sp => sp.GetRequiredService<ILauncherService>().RegisterAppAsync(app, Cancel));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    private async Task<HttpClient> AdminClientAsync() => platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
}

public sealed class LauncherSqliteTests(SqlitePlatform platform) : LauncherTests(platform), IClassFixture<SqlitePlatform>;

public sealed class LauncherPostgresTests(PostgresPlatform platform) : LauncherTests(platform), IClassFixture<PostgresPlatform>;
