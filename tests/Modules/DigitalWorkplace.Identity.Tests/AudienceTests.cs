using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>Saved audiences: combinable criteria, members evaluated at once and kept current as people change, scoped like the rest.</summary>
public abstract class AudienceTests(PlatformFactory platform)
{
    private static readonly string[] Seasonal = ["Seasonal"];
    private static readonly string[] OpeningTeam = ["opening-team"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Audience_SeasonalAtAirports_CountsWhoMatchesAllCriteriaNow()
    {
        var (admin, airport, station) = await SetUpAsync();
        var airportSeasonal = await PersonAsync(admin, airport, "Seasonal", tags: ["opening-team"]);
        var airportPermanent = await PersonAsync(admin, airport, "Permanent");
        var stationSeasonal = await PersonAsync(admin, station, "Seasonal");

        var created = await admin.PostAsJsonAsync("/api/v1/audiences", new
        {
            name = "Seasonal staff at the airport",
            criteria = new { orgUnitIds = new[] { airport }, employmentTypes = Seasonal },
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var audience = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(1, audience.GetProperty("memberCount").GetInt32());
        var members = await MembersAsync(admin, audience.GetProperty("id").GetGuid());
        Assert.Equal([airportSeasonal], members);
        Assert.DoesNotContain(airportPermanent, members);
        Assert.DoesNotContain(stationSeasonal, members);
    }

    [Fact]
    public async Task Members_KeptCurrentAsPeopleJoinMoveAndEnd_EachChangeAnEvent()
    {
        var (admin, airport, station) = await SetUpAsync();
        var audience = await AudienceAsync(admin, new { orgUnitIds = new[] { airport }, tags = OpeningTeam });

        var newcomer = await PersonAsync(admin, airport, "Seasonal", tags: ["Opening-Team"]);
        Assert.Contains(newcomer, await MembersAsync(admin, audience));

        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/v1/people/{newcomer}", new { orgUnitId = station }, Ct)).StatusCode);
        Assert.DoesNotContain(newcomer, await MembersAsync(admin, audience));

        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/v1/people/{newcomer}", new { orgUnitId = airport }, Ct)).StatusCode);
        Assert.Contains(newcomer, await MembersAsync(admin, audience));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/people/{newcomer}/end", null, Ct)).StatusCode);
        Assert.DoesNotContain(newcomer, await MembersAsync(admin, audience));

        var events = await platform.ReadAsync(db => db.OutboxMessages
            .Where(m => m.Type == "identity.audience-members-changed")
            .Select(m => m.Payload)
            .ToListAsync(Ct));
        var mine = events.Where(p => p.Contains(newcomer.ToString(), StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(4, mine.Count);
        Assert.Equal(2, mine.Count(p => p.Contains("\"isMember\":true", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Audience_NewStartersOfASeason_CombinesSeasonAndStartDate()
    {
        var (admin, airport, _) = await SetUpAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var season = (await (await admin.PostAsJsonAsync("/api/v1/seasons", new { name = "Summer", startDate = today.AddDays(-3), endDate = today.AddDays(90), locationIds = new[] { airport } }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var fresh = await PersonAsync(admin, airport, "Seasonal");
        var veteran = await PersonAsync(admin, airport, "Seasonal");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/seasons/{season}/members", new { personIds = new[] { fresh, veteran } }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/v1/people/{veteran}", new { startDate = today.AddDays(-60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, Ct)).StatusCode);

        var audience = await AudienceAsync(admin, new { seasonIds = new[] { season }, startedWithinDays = 30 });

        var members = await MembersAsync(admin, audience);
        Assert.Contains(fresh, members);
        Assert.DoesNotContain(veteran, members);
    }

    [Fact]
    public async Task MovingALocation_ToAnotherFranchisee_MovesItsPeopleBetweenTheFranchiseesAudiences()
    {
        var (admin, airport, station) = await SetUpAsync();
        var units = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/org-units", Ct)).EnumerateArray().ToList();
        Guid ParentOf(Guid unit) => units.Single(u => u.GetProperty("id").GetGuid() == unit).GetProperty("parentId").GetGuid();
        var airportFranchisee = await AudienceAsync(admin, new { orgUnitIds = new[] { ParentOf(airport) } });
        var stationFranchisee = await AudienceAsync(admin, new { orgUnitIds = new[] { ParentOf(station) } });
        var worker = await PersonAsync(admin, station, "Seasonal");
        Assert.Contains(worker, await MembersAsync(admin, stationFranchisee));

        var moved = await admin.PatchAsJsonAsync($"/api/v1/org-units/{station}", new { parentId = ParentOf(airport) }, Ct);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains(worker, await MembersAsync(admin, airportFranchisee));
        Assert.DoesNotContain(worker, await MembersAsync(admin, stationFranchisee));
        var audiences = await platform.AsAsync(null, sp => sp.GetRequiredService<IAudiences>().MembershipsAsync(worker, [airportFranchisee, stationFranchisee], Ct));
        Assert.Equal([airportFranchisee], audiences);
    }

    [Fact]
    public async Task Audiences_OfAnotherFranchisee_AreUnknownToCreateAndNotFoundToRead()
    {
        var (admin, airport, station) = await SetUpAsync();
        var theirs = await AudienceAsync(admin, new { orgUnitIds = new[] { station } });
        var boss = await PersonAsync(admin, airport, "Permanent");
        var franchisee = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/org-units", Ct)).EnumerateArray()
            .Single(u => u.GetProperty("id").GetGuid() == airport).GetProperty("parentId").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/people/{boss}/roles", new { role = "FranchiseeAdmin", orgUnitId = franchisee }, Ct)).StatusCode);
        var userName = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{boss}/account", Ct)).GetProperty("userName").GetString()!;
        var token = await platform.AsAsync(null, sp => sp.GetRequiredService<IAccountService>().CreateTokenAsync(userName, "tests", Ct));
        var asBoss = platform.CreateClientFor(new TestUser(boss, userName, "Boss", false, token.Value!.Token));

        var create = await asBoss.PostAsJsonAsync("/api/v1/audiences", new { name = "Poach", criteria = new { orgUnitIds = new[] { station } } }, Ct);
        var everyone = await asBoss.PostAsJsonAsync("/api/v1/audiences", new { name = "Everyone" }, Ct);
        var mine = await asBoss.PostAsJsonAsync("/api/v1/audiences", new { name = "My airport", criteria = new { orgUnitIds = new[] { airport } } }, Ct);

        // Another franchisee's unit is answered like one that does not exist.
        var unknown = await asBoss.PostAsJsonAsync("/api/v1/audiences", new { name = "Nowhere", criteria = new { orgUnitIds = new[] { Guid.NewGuid() } } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(
            (await unknown.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetRawText(),
            (await create.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetRawText());
        Assert.Equal(HttpStatusCode.Forbidden, everyone.StatusCode);
        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asBoss.GetAsync($"/api/v1/audiences/{theirs}/members", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asBoss.DeleteAsync($"/api/v1/audiences/{theirs}", Ct)).StatusCode);
        Assert.DoesNotContain((await asBoss.GetFromJsonAsync<JsonElement>("/api/v1/audiences", Ct)).EnumerateArray(), a => a.GetProperty("id").GetGuid() == theirs);
    }

    private async Task<(HttpClient Admin, Guid Airport, Guid Station)> SetUpAsync()
    {
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var a = await platform.CreateLocationAsync("Airport", "Franchisee " + Guid.NewGuid().ToString("N")[..6]);
        var b = await platform.CreateLocationAsync("Station", "Franchisee " + Guid.NewGuid().ToString("N")[..6]);
        var units = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/org-units", Ct)).EnumerateArray().ToList();
        Guid IdOf(string name) => units.Single(u => u.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
        return (admin, IdOf(a), IdOf(b));
    }

    private static async Task<Guid> PersonAsync(HttpClient admin, Guid unit, string type, string[]? tags = null)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/people", new
        {
            userName = "p" + Guid.NewGuid().ToString("N")[..12], displayName = type + " person", employmentType = type, orgUnitId = unit, tags,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> AudienceAsync(HttpClient admin, object criteria)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/audiences", new { name = "Audience " + Guid.NewGuid().ToString("N")[..6], criteria }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<List<Guid>> MembersAsync(HttpClient admin, Guid audience) =>
        [.. (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audiences/{audience}/members?pageSize=200", Ct)).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid())];
}

public sealed class AudienceSqliteTests(SqlitePlatform platform) : AudienceTests(platform), IClassFixture<SqlitePlatform>;

public sealed class AudiencePostgresTests(PostgresPlatform platform) : AudienceTests(platform), IClassFixture<PostgresPlatform>;
