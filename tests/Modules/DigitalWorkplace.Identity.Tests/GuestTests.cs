using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>
/// External guests: invited with a sponsor and an expiry into chosen communities and apps, they see nothing else — no
/// other community, no directory beyond those communities' members, no other app — and are marked external.
/// </summary>
public abstract class GuestTests(PlatformFactory platform)
{
    private static readonly string[] External = ["External"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Guest_SeesOnlyTheirCommunitiesTheirMembersAndTheirApps()
    {
        var sponsor = await platform.CreateUserAsync("Sponsor " + Suffix(), administrator: true);
        var admin = platform.CreateClientFor(sponsor);
        var project = await CommunityAsync(admin, "Project " + Suffix(), "Private");
        var lobbyName = "Lobby " + Suffix();
        var lobby = await CommunityAsync(admin, lobbyName, "Public");
        var stranger = await platform.CreateUserAsync("Stranger " + Suffix());
        var teammate = await platform.CreateUserAsync("Teammate " + Suffix());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/communities/{project}/members", new { personId = teammate.Id }, Ct)).StatusCode);
        var agencyApp = await AppAsync(admin, "Agency brief " + Suffix());
        var payslips = await AppAsync(admin, "Payslips " + Suffix());

        var invited = await admin.PostAsJsonAsync("/api/v1/guests", new
        {
            displayName = "Agency guest", endDate = Today.AddDays(30), communityIds = new[] { project }, appIds = new[] { agencyApp },
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var guest = await SignUpAsync(await invited.Content.ReadFromJsonAsync<JsonElement>(Ct));
        var asGuest = platform.CreateClientFor(guest);

        await Eventually.HoldsAsync(
            async () => (await asGuest.GetFromJsonAsync<JsonElement>("/api/v1/communities", Ct)).EnumerateArray().Any(c => c.GetProperty("isMember").GetBoolean()),
            "the guest becomes a member of their community");
        var communities = (await asGuest.GetFromJsonAsync<JsonElement>("/api/v1/communities", Ct)).EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([project], communities);
        Assert.Equal(HttpStatusCode.OK, (await asGuest.GetAsync($"/api/v1/communities/{project}/posts", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asGuest.GetAsync($"/api/v1/communities/{lobby}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asGuest.GetAsync($"/api/v1/communities/{lobby}/posts", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asGuest.PostAsync($"/api/v1/communities/{lobby}/join", null, Ct)).StatusCode);

        var directory = (await asGuest.GetFromJsonAsync<JsonElement>("/api/v1/people?pageSize=100", Ct)).GetProperty("items").EnumerateArray()
            .Select(p => p.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Contains(teammate.Id, directory);
        Assert.Contains(sponsor.Id, directory);
        Assert.DoesNotContain(stranger.Id, directory);
        Assert.Equal(HttpStatusCode.NotFound, (await asGuest.GetAsync($"/api/v1/people/{stranger.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await asGuest.GetAsync($"/api/v1/people/{teammate.Id}", Ct)).StatusCode);

        var tiles = (await asGuest.GetFromJsonAsync<JsonElement>("/api/v1/apps", Ct)).EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([agencyApp], tiles);
        Assert.Contains(payslips, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/apps", Ct)).EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
        var launch = await platform.CreateClientFor(guest).GetAsync($"/apps/{payslips}/launch", Ct);
        Assert.NotEqual(HttpStatusCode.Redirect, launch.StatusCode);

        // Staff find the stranger by name; the guest finds no people at all.
        await Eventually.HoldsAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={Uri.EscapeDataString(stranger.Name)}", Ct)).GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("kind").GetString() == "person"),
            "the stranger is indexed");
        var found = await asGuest.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={Uri.EscapeDataString(stranger.Name)}", Ct);
        Assert.DoesNotContain(found.GetProperty("hits").EnumerateArray(), h => h.GetProperty("kind").GetString() == "person");

        // Marked as a guest, with their sponsor and expiry, for everyone who sees them.
        var profile = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{guest.Id}", Ct);
        Assert.Equal("External", profile.GetProperty("employmentType").GetString());
        Assert.Equal(sponsor.Id, profile.GetProperty("guest").GetProperty("sponsorId").GetGuid());
        Assert.Equal(Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), profile.GetProperty("guest").GetProperty("until").GetString());

        // Nobody widens a guest's scope behind the sponsor's back.
        var addedElsewhere = await admin.PostAsJsonAsync($"/api/v1/communities/{lobby}/members", new { personId = guest.Id }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, addedElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/v1/people/{guest.Id}/roles", new { role = "LocationManager" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asGuest.PostAsJsonAsync("/api/v1/communities", new { name = lobbyName, visibility = "Public" }, Ct)).StatusCode);
        Assert.Empty((await asGuest.GetFromJsonAsync<JsonElement>("/api/v1/org-units", Ct)).EnumerateArray());
        Assert.Equal(["endDate"], await FieldsAsync(await admin.PatchAsJsonAsync($"/api/v1/people/{guest.Id}", new { endDate = (string?)null }, Ct)));
        Assert.Equal(["employmentType"], await FieldsAsync(await admin.PatchAsJsonAsync($"/api/v1/people/{guest.Id}", new { employmentType = "Permanent" }, Ct)));

        // Ended, a guest comes back only for a new bounded stay.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/people/{guest.Id}/end", null, Ct)).StatusCode);
        Assert.Equal(["endDate"], await FieldsAsync(await admin.PostAsJsonAsync($"/api/v1/people/{guest.Id}/reactivate", new { }, Ct)));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/people/{guest.Id}/reactivate", new { endDate = Today.AddDays(10) }, Ct)).StatusCode);
        // Ending revoked their tokens for good: back, they sign in afresh.
        var renewed = await platform.AsAsync(null, sp => sp.GetRequiredService<IAccountService>().CreateTokenAsync(guest.Email, "tests", Ct));
        asGuest = platform.CreateClientFor(guest with { Token = renewed.Value!.Token });

        // In no audience, even one for every external person: no track or tile reaches a guest by accident.
        var externals = await admin.PostAsJsonAsync("/api/v1/audiences", new { name = "Externals " + Suffix(), criteria = new { employmentTypes = External } }, Ct);
        var externalsId = (await externals.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var members = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audiences/{externalsId}/members?pageSize=200", Ct);
        Assert.DoesNotContain(members.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetGuid() == guest.Id);

        // The project moves to the lobby: the sponsor changes the scope, the memberships follow; nobody else may.
        Assert.Equal(HttpStatusCode.NotFound, (await platform.CreateClientFor(stranger).PutAsJsonAsync($"/api/v1/guests/{guest.Id}/scope", new { communityIds = new[] { lobby } }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/v1/guests/{stranger.Id}/scope", new { communityIds = new[] { lobby } }, Ct)).StatusCode);
        var moved = await admin.PutAsJsonAsync($"/api/v1/guests/{guest.Id}/scope", new { communityIds = new[] { lobby }, appIds = new[] { agencyApp } }, Ct);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        await Eventually.HoldsAsync(
            async () => (await asGuest.GetFromJsonAsync<JsonElement>("/api/v1/communities", Ct)).EnumerateArray()
                .Select(c => (c.GetProperty("id").GetGuid(), c.GetProperty("isMember").GetBoolean())).SequenceEqual([(lobby, true)]),
            "the guest is a member of the lobby only");
        Assert.Equal(HttpStatusCode.NotFound, (await asGuest.GetAsync($"/api/v1/communities/{project}/posts", Ct)).StatusCode);
    }

    [Fact]
    public async Task InviteGuest_BadTerms_NamesEachField_AndWritesNothing()
    {
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var project = await CommunityAsync(admin, "Terms " + Suffix(), "Public");
        var name = "Refused guest " + Suffix();
        var guestsBefore = await platform.ReadAsync(db => db.Guests.CountAsync(Ct));

        var noTerms = await admin.PostAsJsonAsync("/api/v1/guests", new { displayName = name }, Ct);
        var tooLong = await admin.PostAsJsonAsync("/api/v1/guests", new { displayName = name, endDate = Today.AddYears(2), communityIds = new[] { project } }, Ct);
        var unknownCommunity = await admin.PostAsJsonAsync("/api/v1/guests", new { displayName = name, endDate = Today.AddDays(5), communityIds = new[] { Guid.NewGuid() } }, Ct);
        var unknownApp = await admin.PostAsJsonAsync("/api/v1/guests", new { displayName = name, endDate = Today.AddDays(5), communityIds = new[] { project }, appIds = new[] { Guid.NewGuid() } }, Ct);
        var unknownSponsor = await admin.PostAsJsonAsync("/api/v1/guests", new { displayName = name, endDate = Today.AddDays(5), communityIds = new[] { project }, sponsorId = Guid.NewGuid() }, Ct);

        Assert.Equal(["communityIds", "endDate"], await FieldsAsync(noTerms));
        Assert.Equal(["endDate"], await FieldsAsync(tooLong));
        Assert.Equal(["communityIds"], await FieldsAsync(unknownCommunity));
        Assert.Equal(["appIds"], await FieldsAsync(unknownApp));
        Assert.Equal(["sponsorId"], await FieldsAsync(unknownSponsor));
        var search = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people?search={Uri.EscapeDataString(name)}", Ct);
        Assert.Empty(search.GetProperty("items").EnumerateArray());
        Assert.Equal(guestsBefore, await platform.ReadAsync(db => db.Guests.CountAsync(Ct)));
    }

    private static async Task<string[]> FieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return [.. problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)];
    }

    private async Task<TestUser> SignUpAsync(JsonElement invitation)
    {
        var path = invitation.GetProperty("path").GetString()!;
        var handle = "guest." + Suffix();
        var phone = platform.NewBrowser();
        var joined = await phone.PostFormAsync(path, path, new Dictionary<string, string>
        {
            ["_handler"] = "join", ["displayName"] = "Agency guest", ["userName"] = handle, ["password"] = "a guest's long password", ["language"] = "en",
            ["acceptsCharter"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        var token = await platform.AsAsync(null, sp => sp.GetRequiredService<IAccountService>().CreateTokenAsync(handle, "tests", Ct));
        Assert.True(token.IsSuccess, token.Error?.Message);
        return new TestUser(invitation.GetProperty("personId").GetGuid(), handle, "Agency guest", false, token.Value!.Token);
    }

    private static async Task<Guid> CommunityAsync(HttpClient admin, string name, string visibility)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/communities", new { name, description = "For the tests.", visibility }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> AppAsync(HttpClient admin, string name)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/apps", new { name, description = "For the tests.", homeUrl = "https://apps.example/" + Suffix(), redirectUris = Array.Empty<string>(), postLogoutRedirectUris = Array.Empty<string>() }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];
}

public sealed class GuestSqliteTests(SqlitePlatform platform) : GuestTests(platform), IClassFixture<SqlitePlatform>;

public sealed class GuestPostgresTests(PostgresPlatform platform) : GuestTests(platform), IClassFixture<PostgresPlatform>;
