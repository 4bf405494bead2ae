using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace DigitalWorkplace.Launcher.Tests;

/// <summary>Tiles as administrators run them: changed, disabled and enabled, deleted with their single sign-on client.</summary>
public abstract partial class LauncherTests
{
    [Fact]
    public async Task AnAdministrator_ChangesDisablesEnablesAndDeletesATile_AndPeopleSeeEachChangeAtOnce()
    {
        var admin = await AdminClientAsync();
        var clientId = "rota-" + Guid.NewGuid().ToString("N")[..8];
        using var created = await admin.PostAsJsonAsync("/api/v1/apps", SsoApp(clientId) with { Category = "Shifts" }, Cancel);
        var tile = (await created.Content.ReadFromJsonAsync<AppTileDto>(Cancel))!;
        var person = platform.CreateClientFor(await platform.CreateUserAsync());
        Assert.Equal((AppKind.SingleSignOn, "Shifts"), (tile.Kind, tile.Category));

        using var changed = await admin.PutAsJsonAsync($"/api/v1/apps/manage/{tile.Id}",
            new AppChanges("Rota and swaps", "Who works when.", "Shifts and pay", new Uri("https://planner.example/rota"), null, []), Cancel);
        var managed = (await changed.Content.ReadFromJsonAsync<ManagedAppDto>(Cancel))!;
        Assert.Equal(("Rota and swaps", "Shifts and pay", clientId, true), (managed.Name, managed.Category, managed.ClientId, managed.IsEnabled));
        Assert.Contains(await MineAsync(person), t => t.Id == tile.Id && t.Name == "Rota and swaps" && t.Category == "Shifts and pay");
        Assert.Equal("Rota and swaps", await platform.AsAsync(null, async sp =>
        {
            var applications = sp.GetRequiredService<IOpenIddictApplicationManager>();
            return await applications.GetDisplayNameAsync((await applications.FindByClientIdAsync(clientId, Cancel))!, Cancel);
        }));

        using var disabled = await admin.PutAsJsonAsync($"/api/v1/apps/manage/{tile.Id}/enabled", new { enabled = false }, Cancel);
        Assert.False((await disabled.Content.ReadFromJsonAsync<ManagedAppDto>(Cancel))!.IsEnabled);
        Assert.DoesNotContain(await MineAsync(person), t => t.Id == tile.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync(tile.LaunchUrl, Cancel)).StatusCode);

        using var enabled = await admin.PutAsJsonAsync($"/api/v1/apps/manage/{tile.Id}/enabled", new { enabled = true }, Cancel);
        Assert.Contains(await MineAsync(person), t => t.Id == tile.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await person.GetAsync(tile.LaunchUrl, Cancel)).StatusCode);
        Assert.Equal(1, (await admin.GetFromJsonAsync<ManagedAppDto>($"/api/v1/apps/manage/{tile.Id}", Cancel))!.Launches);

        using var deleted = await admin.DeleteAsync($"/api/v1/apps/manage/{tile.Id}", Cancel);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/apps/manage/{tile.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync(tile.LaunchUrl, Cancel)).StatusCode);
        Assert.Null(await platform.AsAsync(null, async sp => await sp.GetRequiredService<IOpenIddictApplicationManager>().FindByClientIdAsync(clientId, Cancel)));
        Assert.DoesNotContain(await admin.GetFromJsonAsync<List<ManagedAppDto>>("/api/v1/apps/manage", Cancel) ?? [], a => a.Id == tile.Id);
    }

    [Fact]
    public async Task TileKinds_AFederatedAppOrABookmarkHasNoClientId_ASingleSignOnAppHasOne()
    {
        var admin = await AdminClientAsync();
        var home = new Uri("https://portal.example/deep/link");

        using var federated = await admin.PostAsJsonAsync("/api/v1/apps", new NewApp("Franchise portal", "", home, null, [], [], Kind: AppKind.Federated), Cancel);
        using var federatedWithClient = await admin.PostAsJsonAsync("/api/v1/apps", new NewApp("Portal", "", home, "portal-" + Guid.NewGuid().ToString("N")[..6],
            [new Uri("https://portal.example/cb")], [], Kind: AppKind.Federated), Cancel);
        using var ssoWithoutClient = await admin.PostAsJsonAsync("/api/v1/apps", new NewApp("Portal", "", home, null, [], [], Kind: AppKind.SingleSignOn), Cancel);

        Assert.Equal(HttpStatusCode.Created, federated.StatusCode);
        Assert.Equal(AppKind.Federated, (await federated.Content.ReadFromJsonAsync<AppTileDto>(Cancel))!.Kind);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (federatedWithClient.StatusCode, ssoWithoutClient.StatusCode));
        Assert.True((await federatedWithClient.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("clientId", out _));
    }

    [Fact]
    public async Task TileAdministration_IsForAdministrators_AndBadChangesAreNamedByField()
    {
        var tile = await RegisterAsync(new NewApp("Payslips", "", new Uri("https://payslips.example/"), null, [], []));
        var person = platform.CreateClientFor(await platform.CreateUserAsync());
        var admin = await AdminClientAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await person.GetAsync("/api/v1/apps/manage", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.PutAsJsonAsync($"/api/v1/apps/manage/{tile.Id}/enabled", new { enabled = false }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.DeleteAsync($"/api/v1/apps/manage/{tile.Id}", Cancel)).StatusCode);
        using var invalid = await admin.PutAsJsonAsync($"/api/v1/apps/manage/{tile.Id}", new { name = "", homeUrl = "ftp://x.example/", category = new string('c', 51) }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _) && errors.TryGetProperty("homeUrl", out _) && errors.TryGetProperty("category", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/v1/apps/manage/{Guid.NewGuid()}/enabled", new { enabled = false }, Cancel)).StatusCode);
        Assert.Contains(await MineAsync(person), t => t.Id == tile.Id);
    }

    [Fact]
    public async Task Launches_AreCountedByTheLocationPeopleAreAt_AndPublishedForInsights()
    {
        var tile = await RegisterAsync(new NewApp("Till training", "", new Uri("https://till.example/"), null, [], []));
        var lyon = await platform.NewLocationAsync($"Lyon {Guid.NewGuid():N}"[..12]);
        var lille = await platform.NewLocationAsync($"Lille {Guid.NewGuid():N}"[..12]);
        var inLyon = platform.CreateClientFor(await platform.CreateUserAsync(location: lyon.Name));
        var inLille = await platform.CreateUserAsync(location: lille.Name);
        var lilleClient = platform.CreateClientFor(inLille);

        await inLyon.GetAsync(tile.LaunchUrl, Cancel);
        await inLyon.GetAsync(tile.LaunchUrl, Cancel);
        await lilleClient.GetAsync(tile.LaunchUrl, Cancel);

        var managed = (await (await AdminClientAsync()).GetFromJsonAsync<ManagedAppDto>($"/api/v1/apps/manage/{tile.Id}", Cancel))!;
        Assert.Equal(3, managed.Launches);
        Assert.Equal([(lyon.Name, 2), (lille.Name, 1)], managed.LaunchesByLocation!.Select(l => (l.Location!, l.Launches)));
        var events = await platform.AsAsync(null, sp => sp.GetRequiredService<Data.LauncherDbContext>().OutboxMessages
            .Where(m => m.Type == "launcher.app-launched" && m.Payload.Contains(tile.Id.ToString())).Select(m => m.Payload).ToListAsync(Cancel));
        Assert.Equal(3, events.Count);
        Assert.Single(events, e => e.Contains(inLille.Id.ToString(), StringComparison.Ordinal) && e.Contains(lille.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task DisablingASingleSignOnApp_RevokesTheTokensIssuedToIt_AndABodyWithoutItsStateIsRefused()
    {
        var admin = await AdminClientAsync();
        var clientId = "till-" + Guid.NewGuid().ToString("N")[..8];
        using var created = await admin.PostAsJsonAsync("/api/v1/apps", SsoApp(clientId), Cancel);
        var tile = (await created.Content.ReadFromJsonAsync<AppTileDto>(Cancel))!;
        var person = await platform.CreateUserAsync();
        var issued = await platform.AsAsync(null, async sp =>
        {
            var applications = sp.GetRequiredService<IOpenIddictApplicationManager>();
            var tokens = sp.GetRequiredService<IOpenIddictTokenManager>();
            var token = await tokens.CreateAsync(new OpenIddictTokenDescriptor
            {
                ApplicationId = await applications.GetIdAsync((await applications.FindByClientIdAsync(clientId, Cancel))!, Cancel),
                Subject = person.Id.ToString(),
                Type = OpenIddictConstants.TokenTypeHints.RefreshToken,
                Status = OpenIddictConstants.Statuses.Valid,
                CreationDate = DateTimeOffset.UtcNow,
                ExpirationDate = DateTimeOffset.UtcNow.AddDays(14),
            }, Cancel);
            return (await tokens.GetIdAsync(token, Cancel))!;
        });

        using var withoutState = await admin.PutAsJsonAsync($"/api/v1/apps/manage/{tile.Id}/enabled", new { }, Cancel);
        using var withoutAudiences = await admin.PutAsJsonAsync($"/api/v1/apps/manage/{tile.Id}", new { name = "Till", homeUrl = "https://till.example/" }, Cancel);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (withoutState.StatusCode, withoutAudiences.StatusCode));
        Assert.Equal(OpenIddictConstants.Statuses.Valid, await TokenStatusAsync(issued));

        using var disabled = await admin.PutAsJsonAsync($"/api/v1/apps/manage/{tile.Id}/enabled", new { enabled = false }, Cancel);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(OpenIddictConstants.Statuses.Revoked, await TokenStatusAsync(issued));
    }

    private static async Task<List<AppTileDto>> MineAsync(HttpClient person) =>
        await person.GetFromJsonAsync<List<AppTileDto>>("/api/v1/apps", Cancel) ?? [];
}
