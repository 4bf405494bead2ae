using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>
/// A franchise network's org tree and who administers what in it: a franchisee administrator or a location manager
/// manages their own subtree, and everything of another franchisee answers as if it did not exist.
/// </summary>
public abstract class ScopedAdministrationTests(PlatformFactory platform)
{
    private static readonly string[] FrenchThenEnglish = ["fr", "en"];
    private static readonly string[] BadFields = ["startDate", "languages", "colour", "employmentType"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OrgUnits_TreeCreatedRenamedMovedAndClosed_ListsParentsFirstWithoutClosedLocations()
    {
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var network = await Unit(admin, "Network", "Organization", null);
        var south = await Unit(admin, "South", "Region", network);
        var north = await Unit(admin, "North", "Region", network);
        var franchisee = await Unit(admin, "Soleil SAS", "Franchisee", south);
        var cafe = await Unit(admin, "Nice airport", "Location", franchisee);

        var renamed = await admin.PatchAsJsonAsync($"/api/v1/org-units/{franchisee}", new { name = Named("Soleil & Fils") }, Ct);
        var moved = await admin.PatchAsJsonAsync($"/api/v1/org-units/{franchisee}", new { parentId = north }, Ct);
        var closed = await admin.PostAsync($"/api/v1/org-units/{cafe}/close", null, Ct);

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var open = await ListUnits(admin, includeClosed: false);
        var all = await ListUnits(admin, includeClosed: true);
        Assert.DoesNotContain(open, u => u.Id == cafe);
        var listed = all.Select(u => u.Id).ToList();
        Assert.True(listed.IndexOf(network) < listed.IndexOf(north) && listed.IndexOf(north) < listed.IndexOf(franchisee) && listed.IndexOf(franchisee) < listed.IndexOf(cafe));
        var soleil = all.Single(u => u.Id == franchisee);
        Assert.Equal(north, soleil.ParentId);
        Assert.StartsWith("Soleil & Fils", soleil.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrgUnits_MisplacedOrMovedIntoItself_Return400NamingParentId()
    {
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var network = await Unit(admin, "Network", "Organization", null);
        var franchisee = await Unit(admin, "Franchisee", "Franchisee", network);
        var location = await Unit(admin, "Location", "Location", franchisee);

        var locationAtTop = await admin.PostAsJsonAsync("/api/v1/org-units", new { name = Named("Orphan"), kind = "Location" }, Ct);
        var franchiseeUnderLocation = await admin.PostAsJsonAsync("/api/v1/org-units", new { name = Named("Inside"), kind = "Franchisee", parentId = location }, Ct);
        var intoOwnChild = await admin.PatchAsJsonAsync($"/api/v1/org-units/{network}", new { parentId = franchisee }, Ct);
        var closeFranchisee = await admin.PostAsync($"/api/v1/org-units/{franchisee}/close", null, Ct);
        var duplicate = await admin.PostAsJsonAsync("/api/v1/org-units", new { name = (await ListUnits(admin, true)).Single(u => u.Id == location).Name, kind = "Location", parentId = franchisee }, Ct);

        foreach (var response in new[] { locationAtTop, franchiseeUnderLocation, intoOwnChild })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.True(problem.GetProperty("errors").TryGetProperty("parentId", out _));
        }

        Assert.Equal(HttpStatusCode.Conflict, closeFranchisee.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }

    [Fact]
    public async Task FranchiseeAdmin_ManagesOnlyTheirSubtree_AndOtherFranchiseesAnswer404()
    {
        var network = await NetworkAsync();
        var mine = await PersonAsync(network.Admin, network.LocationA, "Mine");
        var theirs = await PersonAsync(network.Admin, network.LocationB, "Theirs");
        var franchiseeAdmin = await PersonAsync(network.Admin, network.LocationA, "Boss A");
        await Grant(network.Admin, franchiseeAdmin.Id, "FranchiseeAdmin", network.FranchiseeA);
        var boss = platform.CreateClientFor(franchiseeAdmin);

        var managed = await boss.GetFromJsonAsync<JsonElement>("/api/v1/people/managed?pageSize=200", Ct);
        var ids = managed.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(mine.Id, ids);
        Assert.DoesNotContain(theirs.Id, ids);

        Assert.Equal(HttpStatusCode.OK, (await boss.GetAsync($"/api/v1/people/{mine.Id}/account", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await boss.PatchAsJsonAsync($"/api/v1/people/{mine.Id}", new { position = "Barista" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await boss.GetAsync($"/api/v1/people/{theirs.Id}/account", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await boss.PatchAsJsonAsync($"/api/v1/people/{theirs.Id}", new { position = "Hacked" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await boss.PostAsync($"/api/v1/people/{theirs.Id}/end", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await boss.PostAsync($"/api/v1/people/{theirs.Id}/suspend", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await boss.PostAsJsonAsync($"/api/v1/people/{theirs.Id}/roles", new { role = "LocationManager", orgUnitId = network.LocationB }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await boss.PatchAsJsonAsync($"/api/v1/org-units/{network.LocationB}", new { name = "Mine now" }, Ct)).StatusCode);

        var hireThere = await boss.PostAsJsonAsync("/api/v1/people", new { userName = Handle(), displayName = "Sneaky", employmentType = "Seasonal", orgUnitId = network.LocationB }, Ct);
        var hireHere = await boss.PostAsJsonAsync("/api/v1/people", new { userName = Handle(), displayName = "New hire", employmentType = "Seasonal", orgUnitId = network.LocationA }, Ct);
        var moveAway = await boss.PatchAsJsonAsync($"/api/v1/people/{mine.Id}", new { orgUnitId = network.LocationB }, Ct);
        // Another franchisee's location is answered like one that does not exist.
        var hireNowhere = await boss.PostAsJsonAsync("/api/v1/people", new { userName = Handle(), displayName = "Nowhere", employmentType = "Seasonal", orgUnitId = Guid.NewGuid() }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, hireThere.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, hireNowhere.StatusCode);
        Assert.Equal(HttpStatusCode.Created, hireHere.StatusCode);

        // Their season is unknown too, whether an invitation or a location code names it.
        var admin = platform.CreateClientFor(network.AdminUser);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var theirSeason = await admin.PostAsJsonAsync("/api/v1/seasons", new { name = "Theirs " + Handle(), startDate = today, endDate = today.AddDays(60), locationIds = new[] { network.LocationB } }, Ct);
        var theirSeasonId = (await theirSeason.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var invite = await boss.PostAsJsonAsync("/api/v1/invitations", new { displayName = "Poached", orgUnitId = network.LocationA, employmentType = "Seasonal", seasonId = theirSeasonId }, Ct);
        var code = await boss.PostAsJsonAsync("/api/v1/location-codes", new { orgUnitId = network.LocationA, seasonId = theirSeasonId }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, invite.StatusCode);
        Assert.Contains("unknown_season", await invite.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, code.StatusCode);
        Assert.Contains("unknown_season", await code.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, moveAway.StatusCode);

        var theirAccount = await platform.CreateClientFor(network.AdminUser).GetFromJsonAsync<JsonElement>($"/api/v1/people/{theirs.Id}/account", Ct);
        Assert.Equal("Active", theirAccount.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, theirAccount.GetProperty("position").ValueKind);
    }

    [Fact]
    public async Task Roles_GrantedBelowOwnRankOnly_AndTakeEffectOnTheNextRequest()
    {
        var network = await NetworkAsync();
        var franchiseeAdmin = await PersonAsync(network.Admin, network.LocationA, "Boss");
        var manager = await PersonAsync(network.Admin, network.LocationA, "Manager");
        await Grant(network.Admin, franchiseeAdmin.Id, "FranchiseeAdmin", network.FranchiseeA);
        var boss = platform.CreateClientFor(franchiseeAdmin);
        var asManager = platform.CreateClientFor(manager);

        Assert.Equal(0, (await asManager.GetFromJsonAsync<JsonElement>("/api/v1/people/managed", Ct)).GetProperty("items").GetArrayLength());
        var makeHr = await boss.PostAsJsonAsync($"/api/v1/people/{manager.Id}/roles", new { role = "HrAdmin" }, Ct);
        var wrongKind = await boss.PostAsJsonAsync($"/api/v1/people/{manager.Id}/roles", new { role = "LocationManager", orgUnitId = network.FranchiseeA }, Ct);
        var granted = await boss.PostAsJsonAsync($"/api/v1/people/{manager.Id}/roles", new { role = "LocationManager", orgUnitId = network.LocationA }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, makeHr.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.NotEqual(0, (await asManager.GetFromJsonAsync<JsonElement>("/api/v1/people/managed", Ct)).GetProperty("items").GetArrayLength());
        var grantId = (await granted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await boss.DeleteAsync($"/api/v1/people/{manager.Id}/roles/{grantId}", Ct)).StatusCode);
        Assert.Equal(0, (await asManager.GetFromJsonAsync<JsonElement>("/api/v1/people/managed", Ct)).GetProperty("items").GetArrayLength());
    }

    /// <summary>A role granted to someone signed in with a browser reaches their cookie session on the next page, not at the next sign-in.</summary>
    [Fact]
    public async Task Roles_GrantedToABrowserSession_OpenTheAdminPageAtOnce()
    {
        var network = await NetworkAsync();
        var person = await PersonAsync(network.Admin, network.LocationA, "Promoted", password: PlatformFactory.Password);
        var browser = platform.NewBrowser();
        await browser.SignInAsync(person.UserName, PlatformFactory.Password);

        var before = await browser.GetAsync("/admin", Ct);
        await Grant(network.Admin, person.Id, "LocationManager", network.LocationA);
        var after = await browser.GetAsync("/admin", Ct);

        Assert.NotEqual(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Suspend_RevokesTokensAndSessionsAtOnce_ReactivateLetsThePersonSignInAgain()
    {
        var network = await NetworkAsync();
        var person = await PersonAsync(network.Admin, network.LocationA, "Paused", password: PlatformFactory.Password);
        var phone = platform.CreateClientFor(person);
        var browser = platform.NewBrowser();
        await browser.SignInAsync(person.UserName, PlatformFactory.Password);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/people/me", Ct)).StatusCode);

        var suspended = await network.Admin.PostAsync($"/api/v1/people/{person.Id}/suspend", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, suspended.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        var refused = await platform.NewBrowser().SignInAsync(person.UserName, PlatformFactory.Password);
        Assert.Contains("error=invalid", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var directory = await network.Admin.GetFromJsonAsync<JsonElement>("/api/v1/people?pageSize=200", Ct);
        Assert.DoesNotContain(directory.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == person.Id);

        var reactivated = await network.Admin.PostAsJsonAsync($"/api/v1/people/{person.Id}/reactivate", new { endDate = "2099-09-30" }, Ct);
        var again = platform.NewBrowser();
        var signedIn = await again.SignInAsync(person.UserName, PlatformFactory.Password);

        Assert.Equal(HttpStatusCode.NoContent, reactivated.StatusCode);
        Assert.DoesNotContain("error=", signedIn.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        var account = await network.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person.Id}/account", Ct);
        Assert.Equal("Active", account.GetProperty("status").GetString());
        Assert.Equal("2099-09-30", account.GetProperty("endDate").GetString());
    }

    /// <summary>Scope is not enough: a franchisee admin cannot end the HR admin who works in one of their cafés, nor take a role through an invitation.</summary>
    [Fact]
    public async Task HigherRanks_InTheCallersUnits_AreNotFound_AndInvitedPeopleGetNoRole()
    {
        var network = await NetworkAsync();
        var hr = await PersonAsync(network.Admin, network.LocationA, "HR on site");
        await Grant(network.Admin, hr.Id, "HrAdmin", null);
        var boss = await PersonAsync(network.Admin, network.LocationA, "Boss");
        await Grant(network.Admin, boss.Id, "FranchiseeAdmin", network.FranchiseeA);
        var asBoss = platform.CreateClientFor(boss);

        Assert.Equal(HttpStatusCode.NotFound, (await asBoss.PostAsync($"/api/v1/people/{hr.Id}/end", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asBoss.PatchAsJsonAsync($"/api/v1/people/{hr.Id}", new { endDate = "2020-01-01" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await platform.CreateClientFor(hr).GetAsync("/api/v1/people/me", Ct)).StatusCode);

        var invited = await network.Admin.PostAsJsonAsync("/api/v1/invitations", new { displayName = "Future boss", orgUnitId = network.LocationA, employmentType = "Franchise" }, Ct);
        var invitedId = (await invited.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("personId").GetGuid();
        var early = await network.Admin.PostAsJsonAsync($"/api/v1/people/{invitedId}/roles", new { role = "FranchiseeAdmin", orgUnitId = network.FranchiseeA }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
    }

    [Fact]
    public async Task EndOwnAccount_Returns409()
    {
        var network = await NetworkAsync();

        var response = await network.Admin.PostAsync($"/api/v1/people/{network.AdminUser.Id}/end", null, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task PatchPerson_MergePatch_ChangesWhatIsSentClearsNullsAndNamesEveryBadField()
    {
        var network = await NetworkAsync();
        var person = await PersonAsync(network.Admin, network.LocationA, "Patched", email: IdentityTestData.UniqueEmail("patched"));

        var bad = await network.Admin.PatchAsJsonAsync($"/api/v1/people/{person.Id}", new { startDate = "2026-02-30", languages = "fr", colour = "blue", employmentType = "Boss" }, Ct);
        var noWayIn = await network.Admin.PatchAsJsonAsync($"/api/v1/people/{person.Id}", new { email = (string?)null }, Ct);
        var handle = Handle();
        var good = await network.Admin.PatchAsJsonAsync(
            $"/api/v1/people/{person.Id}", new { email = (string?)null, userName = handle, position = "Shift lead", languages = FrenchThenEnglish, endDate = "2026-09-30" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.All(BadFields, field => Assert.True(errors.TryGetProperty(field, out _), field));
        Assert.Equal(HttpStatusCode.BadRequest, noWayIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var account = await good.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(JsonValueKind.Null, account.GetProperty("email").ValueKind);
        Assert.Equal(handle, account.GetProperty("userName").GetString());
        Assert.Equal("Shift lead", account.GetProperty("position").GetString());
        Assert.Equal(FrenchThenEnglish, account.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("Patched", account.GetProperty("displayName").GetString());
    }

    private sealed record Network(TestUser AdminUser, HttpClient Admin, Guid FranchiseeA, Guid LocationA, Guid FranchiseeB, Guid LocationB);

    private sealed record Person(Guid Id, string UserName, string Token)
    {
        public static implicit operator TestUser(Person person) => new(person.Id, person.UserName, person.UserName, false, person.Token);
    }

    private sealed record UnitRow(Guid Id, string Name, string Kind, Guid? ParentId);

    private async Task<Network> NetworkAsync()
    {
        var adminUser = await platform.CreateUserAsync(administrator: true);
        var admin = platform.CreateClientFor(adminUser);
        var root = await Unit(admin, "Network", "Organization", null);
        var franchiseeA = await Unit(admin, "Franchisee A", "Franchisee", root);
        var franchiseeB = await Unit(admin, "Franchisee B", "Franchisee", root);
        return new Network(
            adminUser, admin, franchiseeA, await Unit(admin, "Location A", "Location", franchiseeA), franchiseeB, await Unit(admin, "Location B", "Location", franchiseeB));
    }

    /// <summary>A person created through the API, with a personal token to act as them.</summary>
    private async Task<Person> PersonAsync(HttpClient admin, Guid unit, string name, string? password = null, string? email = null)
    {
        var handle = Handle();
        var response = await admin.PostAsJsonAsync(
            "/api/v1/people", new { userName = email is null ? handle : null, email, displayName = name, employmentType = "Seasonal", orgUnitId = unit, password }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var userName = created.GetProperty("userName").GetString()!;
        var token = await platform.AsAsync(null, sp => sp.GetRequiredService<IAccountService>().CreateTokenAsync(userName, "tests", Ct));
        return new Person(created.GetProperty("id").GetGuid(), userName, token.Value!.Token);
    }

    private static async Task Grant(HttpClient admin, Guid personId, string role, Guid? unit)
    {
        var response = await admin.PostAsJsonAsync($"/api/v1/people/{personId}/roles", new { role, orgUnitId = unit }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<Guid> Unit(HttpClient admin, string name, string kind, Guid? parentId)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/org-units", new { name = Named(name), kind, parentId }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<List<UnitRow>> ListUnits(HttpClient client, bool includeClosed) =>
        (await client.GetFromJsonAsync<List<UnitRow>>($"/api/v1/org-units?includeClosed={includeClosed}", Ct))!;

    private static string Named(string name) => $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];

    private static string Handle() => "p" + Guid.NewGuid().ToString("N")[..12];
}

public sealed class ScopedAdministrationSqliteTests(SqlitePlatform platform) : ScopedAdministrationTests(platform), IClassFixture<SqlitePlatform>;

public sealed class ScopedAdministrationPostgresTests(PostgresPlatform platform) : ScopedAdministrationTests(platform), IClassFixture<PostgresPlatform>;
