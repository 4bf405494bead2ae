using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace DigitalWorkplace.Launcher.Tests;

/// <summary>Single sign-on clients as administrators configure them: type, exact addresses, scopes, secrets.</summary>
public abstract partial class LauncherTests
{
    [Fact]
    public async Task AClient_IsConfiguredAsAWhole_AndItsSecretIsShownOnceAndStoredHashed()
    {
        var admin = await AdminClientAsync();
        var clientId = "payroll-" + Guid.NewGuid().ToString("N")[..8];
        using var created = await admin.PostAsJsonAsync("/api/v1/apps", SsoApp(clientId) with { Scopes = [AppScopes.Profile, AppScopes.Location] }, Cancel);
        var tile = (await created.Content.ReadFromJsonAsync<AppTileDto>(Cancel))!;
        var registered = (await admin.GetFromJsonAsync<ManagedAppDto>($"/api/v1/apps/manage/{tile.Id}", Cancel))!.Client!;
        Assert.Equal(AppClientType.Public, registered.ClientType);
        Assert.Equal([AppScopes.Profile, AppScopes.Location], registered.Scopes);
        using var publicSecret = await admin.PostAsync($"/api/v1/apps/manage/{tile.Id}/client/secret", null, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, publicSecret.StatusCode);

        var settings = new ClientSettings(AppClientType.Confidential, [new Uri("https://payroll.example/signin-oidc"), new Uri("https://payroll.example/other")], [new Uri("https://payroll.example/bye")], [AppScopes.Roles, AppScopes.OfflineAccess]);
        using var configured = await admin.PutAsJsonAsync($"/api/v1/apps/manage/{tile.Id}/client", settings, Cancel);
        var client = (await configured.Content.ReadFromJsonAsync<ManagedAppDto>(Cancel))!.Client!;
        using var issued = await admin.PostAsync($"/api/v1/apps/manage/{tile.Id}/client/secret", null, Cancel);
        var secret = (await issued.Content.ReadFromJsonAsync<ClientSecretDto>(Cancel))!;

        Assert.Equal(HttpStatusCode.OK, configured.StatusCode);
        Assert.Equal(AppClientType.Confidential, client.ClientType);
        Assert.Equal(["https://payroll.example/other", "https://payroll.example/signin-oidc"], client.RedirectUris.Select(u => u.AbsoluteUri));
        Assert.Equal([AppScopes.Roles, AppScopes.OfflineAccess], client.Scopes);
        Assert.Equal(clientId, secret.ClientId);
        Assert.True(secret.ClientSecret.Length >= 43);
        var again = await admin.GetStringAsync($"/api/v1/apps/manage/{tile.Id}", Cancel);
        Assert.DoesNotContain(secret.ClientSecret, again, StringComparison.Ordinal);
        Assert.True(await platform.AsAsync(null, async sp =>
        {
            var applications = sp.GetRequiredService<IOpenIddictApplicationManager>();
            var stored = (await applications.FindByClientIdAsync(clientId, Cancel))!;
            return await applications.ValidateClientSecretAsync(stored, secret.ClientSecret, Cancel)
                && await applications.HasPermissionAsync(stored, OpenIddictConstants.Permissions.GrantTypes.RefreshToken, Cancel)
                && !await applications.HasPermissionAsync(stored, OpenIddictConstants.Permissions.Prefixes.Scope + AppScopes.Email, Cancel);
        }));
    }

    [Fact]
    public async Task ClientSettings_AreRefusedByField_ForOthersThanAdministrators_AndForTilesWithoutAClient()
    {
        var admin = await AdminClientAsync();
        var clientId = "kitchen-" + Guid.NewGuid().ToString("N")[..8];
        var tile = (await (await admin.PostAsJsonAsync("/api/v1/apps", SsoApp(clientId), Cancel)).Content.ReadFromJsonAsync<AppTileDto>(Cancel))!;
        var bookmark = await RegisterAsync(new NewApp("Menu", "", new Uri("https://menu.example/"), null, [], []));
        var person = platform.CreateClientFor(await platform.CreateUserAsync());
        var good = new ClientSettings(AppClientType.Public, [new Uri("https://kitchen.example/cb")], [], [AppScopes.Profile]);

        using var invalid = await admin.PutAsJsonAsync($"/api/v1/apps/manage/{tile.Id}/client",
            new { clientType = "Public", redirectUris = (string[])["https://kitchen.example/cb#frag"], scopes = (string[])["profile", "everything"] }, Cancel);
        using var incomplete = await admin.PutAsJsonAsync($"/api/v1/apps/manage/{tile.Id}/client", new { redirectUris = (string[])["https://kitchen.example/cb"] }, Cancel);
        using var byPerson = await person.PutAsJsonAsync($"/api/v1/apps/manage/{tile.Id}/client", good, Cancel);
        using var unknown = await admin.PutAsJsonAsync($"/api/v1/apps/manage/{Guid.NewGuid()}/client", good, Cancel);
        using var noClient = await admin.PutAsJsonAsync($"/api/v1/apps/manage/{bookmark.Id}/client", good, Cancel);
        using var secretByPerson = await person.PostAsync($"/api/v1/apps/manage/{tile.Id}/client/secret", null, Cancel);
        using var scopesOnBookmark = await admin.PostAsJsonAsync("/api/v1/apps", new NewApp("Notes", "", new Uri("https://notes.example/"), null, [], [], Scopes: [AppScopes.Email]), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["redirectUris", "scopes"], (await invalid.ErrorFieldsAsync()).Order());
        Assert.Equal(["clientType", "scopes"], (await incomplete.ErrorFieldsAsync()).Order());
        Assert.Equal(HttpStatusCode.Forbidden, byPerson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, noClient.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, secretByPerson.StatusCode);
        Assert.Equal(["scopes"], await scopesOnBookmark.ErrorFieldsAsync());
    }
}
