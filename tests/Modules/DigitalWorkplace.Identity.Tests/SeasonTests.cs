using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>
/// Seasons as HR runs them: open one for some locations, staff it, watch the dashboard; at its end every account ends by
/// itself (the check runs every quarter of a second here, every 30 s by default), and next season the team comes back in one action.
/// </summary>
public abstract class SeasonTests(PlatformFactory platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Yesterday => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Season_StaffedByHand_GivesMembersItsDatesAndCountsThemByLocation()
    {
        var (admin, location, _) = await SetUpAsync();
        var season = await CreateSeasonAsync(admin, "Summer", "2026-06-01", "2099-09-30", location);
        var ana = await PersonAsync(admin, location, "Ana");
        var ben = await PersonAsync(admin, location, "Ben");

        var added = await admin.PostAsJsonAsync($"/api/v1/seasons/{season}/members", new { personIds = new[] { ana.Id, ben.Id, ana.Id } }, Ct);
        var dashboard = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/seasons/{season}", Ct);
        var account = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{ana.Id}/account", Ct);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(2, dashboard.GetProperty("totals").GetProperty("active").GetInt32());
        var byLocation = Assert.Single(dashboard.GetProperty("byLocation").EnumerateArray());
        Assert.Equal(location, byLocation.GetProperty("orgUnitId").GetGuid());
        Assert.Equal("2099-09-30", account.GetProperty("endDate").GetString());
        Assert.Equal("2026-06-01", account.GetProperty("startDate").GetString());
        Assert.Equal("Seasonal", account.GetProperty("employmentType").GetString());
    }

    [Fact]
    public async Task SeasonEnd_EndsEveryAccountByItself_RevokingTokensSessionsAndLiveConnections()
    {
        var (admin, location, _) = await SetUpAsync();
        var season = await CreateSeasonAsync(admin, "Festival", Today, Today, location);
        var crew = await PersonAsync(admin, location, "Crew", password: PlatformFactory.Password);
        var permanent = await PersonAsync(admin, location, "Permanent");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/seasons/{season}/members", new { personIds = new[] { crew.Id } }, Ct)).StatusCode);
        var phone = platform.CreateClientFor(crew);
        var browser = platform.NewBrowser();
        await browser.SignInAsync(crew.Email, PlatformFactory.Password);
        await using var live = await LiveClient.ConnectAsync(platform, crew);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/people/me", Ct)).StatusCode);

        // The festival ended yesterday: its crew's last day has passed.
        var moved = await admin.PatchAsJsonAsync($"/api/v1/seasons/{season}", new { startDate = Yesterday, endDate = Yesterday }, Ct);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var status = await Eventually.GetAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{crew.Id}/account", Ct)).GetProperty("status").GetString(),
            s => s == "Ended");
        Assert.Equal("Ended", status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        await live.Closed.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(HttpStatusCode.OK, (await platform.CreateClientFor(permanent).GetAsync("/api/v1/people/me", Ct)).StatusCode);
        var refused = await platform.NewBrowser().SignInAsync(crew.Email, PlatformFactory.Password);
        Assert.Contains("error=invalid", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextSeason_BringsBackAWholeFormerSeasonInOneAction_WithNewDates()
    {
        var (admin, location, _) = await SetUpAsync();
        var last = await CreateSeasonAsync(admin, "Summer 2025", "2025-06-01", "2025-09-30", location);
        var next = await CreateSeasonAsync(admin, "Summer 2026", Today, "2099-09-30", location);
        var returning = await PersonAsync(admin, location, "Returning", password: PlatformFactory.Password);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/seasons/{last}/members", new { personIds = new[] { returning.Id } }, Ct)).StatusCode);
        await Eventually.GetAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{returning.Id}/account", Ct)).GetProperty("status").GetString(),
            s => s == "Ended");

        var back = await admin.PostAsJsonAsync($"/api/v1/seasons/{next}/returning", new { fromSeasonId = last }, Ct);

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var outcome = await back.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(1, outcome.GetProperty("enrolled").GetInt32());
        Assert.Equal(1, outcome.GetProperty("reactivated").GetInt32());
        var account = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{returning.Id}/account", Ct);
        Assert.Equal("Active", account.GetProperty("status").GetString());
        Assert.Equal("2099-09-30", account.GetProperty("endDate").GetString());
        var browser = platform.NewBrowser();
        var signIn = await browser.SignInAsync(returning.Email, PlatformFactory.Password);
        Assert.DoesNotContain("error=", signIn.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        var dashboard = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/seasons/{next}", Ct);
        Assert.Equal(1, dashboard.GetProperty("totals").GetProperty("active").GetInt32());
    }

    [Fact]
    public async Task Seasons_OfAnotherFranchisee_AreNotFoundAndTheirPeopleCannotBeAdded()
    {
        var (admin, location, otherLocation) = await SetUpAsync();
        var theirs = await CreateSeasonAsync(admin, "Their summer", "2026-06-01", "2099-09-30", otherLocation);
        var mine = await CreateSeasonAsync(admin, "My summer", "2026-06-01", "2099-09-30", location);
        var boss = await PersonAsync(admin, location, "Boss");
        var stranger = await PersonAsync(admin, otherLocation, "Stranger");
        var franchisee = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/org-units", Ct)).EnumerateArray()
            .Single(u => u.GetProperty("id").GetGuid() == location).GetProperty("parentId").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/people/{boss.Id}/roles", new { role = "FranchiseeAdmin", orgUnitId = franchisee }, Ct)).StatusCode);
        var asBoss = platform.CreateClientFor(boss);

        var listed = await asBoss.GetFromJsonAsync<JsonElement>("/api/v1/seasons", Ct);
        Assert.DoesNotContain(listed.EnumerateArray(), s => s.GetProperty("id").GetGuid() == theirs);
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("id").GetGuid() == mine);
        Assert.Equal(HttpStatusCode.NotFound, (await asBoss.GetAsync($"/api/v1/seasons/{theirs}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asBoss.PatchAsJsonAsync($"/api/v1/seasons/{theirs}", new { endDate = Yesterday }, Ct)).StatusCode);
        var poach = await asBoss.PostAsJsonAsync($"/api/v1/seasons/{mine}/members", new { personIds = new[] { stranger.Id } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, poach.StatusCode);
        Assert.Equal("Active", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{stranger.Id}/account", Ct)).GetProperty("status").GetString());
    }

    private async Task<(HttpClient Admin, Guid Location, Guid OtherLocation)> SetUpAsync()
    {
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var a = await platform.CreateLocationAsync("Airport café", "Franchisee " + Guid.NewGuid().ToString("N")[..6]);
        var b = await platform.CreateLocationAsync("Station café", "Franchisee " + Guid.NewGuid().ToString("N")[..6]);
        var units = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/org-units", Ct)).EnumerateArray().ToList();
        Guid IdOf(string name) => units.Single(u => u.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
        return (admin, IdOf(a), IdOf(b));
    }

    private static async Task<Guid> CreateSeasonAsync(HttpClient admin, string name, string start, string end, Guid location)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/seasons", new { name, startDate = start, endDate = end, locationIds = new[] { location } }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private async Task<TestUser> PersonAsync(HttpClient admin, Guid location, string name, string? password = null)
    {
        var email = IdentityTestData.UniqueEmail(name.ToLowerInvariant());
        var response = await admin.PostAsJsonAsync("/api/v1/people", new { email, displayName = name, employmentType = "Permanent", orgUnitId = location, password }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var token = await platform.AsAsync(null, sp => sp.GetRequiredService<IAccountService>().CreateTokenAsync(email, "tests", Ct));
        return new TestUser(id, email, name, false, token.Value!.Token);
    }
}

/// <summary>A host that checks for expired accounts every quarter of a second.</summary>
public class FastExpiryPlatform(TestDatabase database) : PlatformFactory(database)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["Identity:AccountExpiry:CheckInterval"] = "00:00:00.250" };
}

public sealed class FastExpirySqlitePlatform() : FastExpiryPlatform(TestDatabase.Sqlite);

public sealed class FastExpiryPostgresPlatform() : FastExpiryPlatform(TestDatabase.Postgres);

public sealed class SeasonSqliteTests(FastExpirySqlitePlatform platform) : SeasonTests(platform), IClassFixture<FastExpirySqlitePlatform>;

public sealed class SeasonPostgresTests(FastExpiryPostgresPlatform platform) : SeasonTests(platform), IClassFixture<FastExpiryPostgresPlatform>;
