using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>
/// Joining without a corporate e-mail, as a phone would: a personal link (the QR code's target) or a location code,
/// the sign-up form of /join, then straight in — or, for a code that needs it, once the manager approves.
/// </summary>
public abstract class InvitationTests(PlatformFactory platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PersonalLink_SignUpWithHandleAndPassword_SignsInStraightAway_AndTheLinkIsSpent()
    {
        var (admin, location) = await SetUpAsync();
        var invited = await admin.PostAsJsonAsync("/api/v1/invitations", new { displayName = "Léa Petit", orgUnitId = location, employmentType = "Seasonal" }, Ct);
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var invitation = await invited.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var path = invitation.GetProperty("path").GetString()!;
        var personId = invitation.GetProperty("personId").GetGuid();
        Assert.Equal("Invited", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/account", Ct)).GetProperty("status").GetString());
        var open = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/invitations?orgUnitId={location}", Ct);
        Assert.Contains(open.GetProperty("people").EnumerateArray(), i => i.GetProperty("path").GetString() == path);

        var phone = platform.NewBrowser();
        var page = await phone.GetStringAsync(path, Ct);
        Assert.Contains("Welcome, Léa Petit!", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        var handle = "lea." + Guid.NewGuid().ToString("N")[..6];
        var joined = await JoinAsync(phone, path, handle, "lea's long password");

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal("/", PathOf(joined.Headers.Location));
        var me = await phone.GetFromJsonAsync<JsonElement>("/api/v1/people/me", Ct);
        Assert.Equal(personId, me.GetProperty("id").GetGuid());
        var account = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/account", Ct);
        Assert.Equal("Active", account.GetProperty("status").GetString());
        Assert.Equal(handle, account.GetProperty("userName").GetString());
        Assert.Equal(["fr"], account.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains(phone.CookiesOf(), c => c.Name == ".AspNetCore.Culture" && c.Value.Contains("fr", StringComparison.Ordinal));

        var again = await platform.NewBrowser().GetStringAsync(path, Ct);
        Assert.Contains("This invitation is not valid", WebUtility.HtmlDecode(again), StringComparison.Ordinal);
        Assert.DoesNotContain(
            (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/invitations?orgUnitId={location}", Ct)).GetProperty("people").EnumerateArray(),
            i => i.GetProperty("path").GetString() == path);
    }

    [Fact]
    public async Task SignUpForm_BadFields_NamesEachOnThePage_AndWritesNothing()
    {
        var (admin, location) = await SetUpAsync();
        var invitation = await (await admin.PostAsJsonAsync("/api/v1/invitations", new { displayName = "Sam", orgUnitId = location, employmentType = "Seasonal" }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var path = invitation.GetProperty("path").GetString()!;
        var phone = platform.NewBrowser();

        var response = await phone.PostFormAsync(path, path, new Dictionary<string, string>
        {
            ["_handler"] = "join", ["displayName"] = "Sam", ["userName"] = "S", ["password"] = "short", ["language"] = "xx",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("lower-case letters, digits", html, StringComparison.Ordinal);
        Assert.Contains("At least 10 characters.", html, StringComparison.Ordinal);
        Assert.Contains("Accept the charter to join.", html, StringComparison.Ordinal);
        Assert.Equal("Invited", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{invitation.GetProperty("personId").GetGuid()}/account", Ct)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task LocationCode_WithApproval_WaitsForTheManager_ThenSignsIn()
    {
        var (admin, location) = await SetUpAsync();
        var season = await (await admin.PostAsJsonAsync("/api/v1/seasons", new { name = "Summer", startDate = "2026-06-01", endDate = "2099-09-30", locationIds = new[] { location } }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var created = await admin.PostAsJsonAsync(
            "/api/v1/location-codes", new { orgUnitId = location, seasonId = season.GetProperty("id").GetGuid(), employmentType = "Seasonal", requiresApproval = true, expiresInDays = 7 }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString()!;
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", code);

        var phone = platform.NewBrowser();
        var typed = "/join?code=" + Uri.EscapeDataString(code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant());
        var handle = "tom." + Guid.NewGuid().ToString("N")[..6];
        var joined = await JoinAsync(phone, typed, handle, "tom's long password");

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.Contains("Almost there!", WebUtility.HtmlDecode(await joined.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var pending = await admin.GetFromJsonAsync<JsonElement>("/api/v1/people/managed?status=PendingApproval&pageSize=200", Ct);
        var person = Assert.Single(pending.GetProperty("items").EnumerateArray(), p => p.GetProperty("userName").GetString() == handle);
        Assert.Equal("2099-09-30", person.GetProperty("endDate").GetString());
        var refused = await platform.NewBrowser().SignInAsync(handle, "tom's long password");
        Assert.Contains("error=invalid", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var approved = await admin.PostAsync($"/api/v1/people/{person.GetProperty("id").GetGuid()}/approve", null, Ct);
        var signedIn = await platform.NewBrowser().SignInAsync(handle, "tom's long password");

        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        Assert.Equal("/", PathOf(signedIn.Headers.Location));
    }

    private static string PathOf(Uri? location) => location is null ? "" : location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;

    private static async Task<HttpResponseMessage> JoinAsync(HttpClient phone, string page, string handle, string password)
    {
        var code = page.Contains("?code=", StringComparison.Ordinal) ? Uri.UnescapeDataString(page[(page.IndexOf('=', StringComparison.Ordinal) + 1)..]) : null;
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "join", ["displayName"] = "New colleague", ["userName"] = handle, ["password"] = password, ["language"] = "fr", ["acceptsCharter"] = "true",
        };
        if (code is not null)
        {
            fields["code"] = code;
        }

        return await phone.PostFormAsync(page, page, fields);
    }

    private async Task<(HttpClient Admin, Guid Location)> SetUpAsync()
    {
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var name = await platform.CreateLocationAsync("Airport café");
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/org-units", Ct);
        return (admin, units.EnumerateArray().Single(u => u.GetProperty("name").GetString() == name).GetProperty("id").GetGuid());
    }
}

/// <summary>On a host of its own: its guesses slow down every sign-up from the test client's address.</summary>
public sealed class JoinThrottleTests(SqlitePlatform platform) : IClassFixture<SqlitePlatform>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WrongCodes_GetAClearPage_NeverA500_AndGuessingIsSlowedDown()
    {
        var phone = platform.NewBrowser();

        var malformed = await phone.GetAsync("/join?code=" + Uri.EscapeDataString("'; DROP TABLE people; --\u0000é"), Ct);
        var wrongLink = await phone.GetAsync("/join/" + new string('A', 32), Ct);
        Assert.Equal(HttpStatusCode.OK, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrongLink.StatusCode);
        Assert.Contains("This invitation is not valid", WebUtility.HtmlDecode(await wrongLink.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        var throttled = await Eventually.GetAsync(
            async () => WebUtility.HtmlDecode(await phone.GetStringAsync("/join?code=" + NewWrongCode(), Ct)),
            html => html.Contains("Too many attempts", StringComparison.Ordinal));
        Assert.Contains("Too many attempts", throttled, StringComparison.Ordinal);
    }

    private static string NewWrongCode() => string.Concat(Enumerable.Range(0, 8).Select(_ => "ABCDEFGHJKMNPQRSTUVWXYZ23456789"[Random.Shared.Next(31)]));
}

public sealed class InvitationSqliteTests(SqlitePlatform platform) : InvitationTests(platform), IClassFixture<SqlitePlatform>;

public sealed class InvitationPostgresTests(PostgresPlatform platform) : InvitationTests(platform), IClassFixture<PostgresPlatform>;
