using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>
/// SCIM 2.0 provisioning, replaying the request sequences of Microsoft Entra ID's provisioning documentation ("Develop
/// and plan provisioning for a SCIM endpoint") and Okta's SCIM 2.0 guide, with their bodies as those services send them.
/// </summary>
public abstract class ScimTests(PlatformFactory platform)
{
    private const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EntraUserSequence_FindCreateConflictUpdateDisableDelete()
    {
        var (scim, _) = await DirectoryAsync("Entra ID");
        var userName = $"Test_User_{Guid.NewGuid()}";

        var none = await scim.GetFromJsonAsync<JsonElement>($"/scim/v2/Users?filter={Uri.EscapeDataString($"userName eq \"{userName}\"")}", Ct);
        Assert.Equal(0, none.GetProperty("totalResults").GetInt32());
        Assert.Equal(1, none.GetProperty("startIndex").GetInt32());

        var created = await SendAsync(scim, HttpMethod.Post, "/scim/v2/Users", $$"""
            {
              "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "{{Enterprise}}"],
              "externalId": "{{Guid.NewGuid()}}",
              "userName": "{{userName}}",
              "active": true,
              "emails": [{ "primary": true, "type": "work", "value": "{{userName}}@testuser.com" }],
              "meta": { "resourceType": "User" },
              "name": { "formatted": "givenName familyName", "familyName": "familyName", "givenName": "givenName" },
              "roles": []
            }
            """);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("application/scim+json", created.Content.Headers.ContentType?.MediaType);
        var user = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = user.GetProperty("id").GetString()!;
        Assert.EndsWith($"/scim/v2/Users/{id}", created.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal("givenName familyName", user.GetProperty("displayName").GetString());
        Assert.True(user.GetProperty("active").GetBoolean());

        Assert.Equal(userName, (await scim.GetFromJsonAsync<JsonElement>($"/scim/v2/Users/{id}", Ct)).GetProperty("userName").GetString());
        var found = await scim.GetFromJsonAsync<JsonElement>($"/scim/v2/Users?filter={Uri.EscapeDataString($"userName eq \"{userName.ToUpperInvariant()}\"")}", Ct);
        Assert.Equal(1, found.GetProperty("totalResults").GetInt32());
        Assert.Equal(id, found.GetProperty("Resources")[0].GetProperty("id").GetString());

        var duplicate = await SendAsync(scim, HttpMethod.Post, "/scim/v2/Users", $$"""{ "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "{{userName}}", "active": true }""");
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("uniqueness", (await duplicate.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("scimType").GetString());

        var updated = await SendAsync(scim, HttpMethod.Patch, $"/scim/v2/Users/{id}", $$"""
            {
              "schemas": ["{{PatchOp}}"],
              "Operations": [
                { "op": "Replace", "path": "emails[type eq \"work\"].value", "value": "updated.{{userName}}@microsoft.com" },
                { "op": "Replace", "path": "name.familyName", "value": "updatedFamilyName" },
                { "op": "Add", "path": "{{Enterprise}}:department", "value": "Head office" },
                { "op": "Add", "path": "{{Enterprise}}:employeeNumber", "value": "E-{{userName[^8..]}}" },
                { "op": "Add", "path": "phoneNumbers[type eq \"mobile\"].value", "value": "+33 6 00 00 00 00" }
              ]
            }
            """);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var patched = await updated.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal($"updated.{userName}@microsoft.com", patched.GetProperty("emails")[0].GetProperty("value").GetString());
        Assert.Equal("updatedFamilyName", patched.GetProperty("name").GetProperty("familyName").GetString());
        Assert.Equal("Head office", patched.GetProperty(Enterprise).GetProperty("department").GetString());

        // The person uses the platform (a token stands for their sessions); Entra disables them with a string boolean.
        var person = await PersonAsync(Guid.Parse(id));
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        var disabled = await SendAsync(scim, HttpMethod.Patch, $"/scim/v2/Users/{id}", $$"""{ "schemas": ["{{PatchOp}}"], "Operations": [{ "op": "Replace", "path": "active", "value": "False" }] }""");
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.False((await disabled.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("active").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await person.GetAsync("/api/v1/people/me", Ct)).StatusCode);

        var enabled = await SendAsync(scim, HttpMethod.Patch, $"/scim/v2/Users/{id}", $$"""{ "schemas": ["{{PatchOp}}"], "Operations": [{ "op": "replace", "path": "active", "value": true }] }""");
        Assert.True((await enabled.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("active").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync($"/scim/v2/Users/{id}", Ct)).StatusCode);
        Assert.False((await scim.GetFromJsonAsync<JsonElement>($"/scim/v2/Users/{id}", Ct)).GetProperty("active").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await scim.GetAsync($"/scim/v2/Users/{Guid.NewGuid()}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scim.GetAsync("/scim/v2/Users/not-an-id", Ct)).StatusCode);
    }

    [Fact]
    public async Task EntraGroupSequence_DrivesAnAudienceThroughItsTag()
    {
        var (scim, admin) = await DirectoryAsync("Entra ID groups");
        var member = await CreateUserAsync(scim, $"member.{Guid.NewGuid():N}@contoso.example");
        var name = $"Opening team {Guid.NewGuid().ToString("N")[..6]}";

        var created = await SendAsync(scim, HttpMethod.Post, "/scim/v2/Groups", $$"""
            { "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "externalId": "{{Guid.NewGuid()}}", "displayName": "{{name}}", "meta": { "resourceType": "Group" } }
            """);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var groupId = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
        var tag = await TagOfAsync(Guid.Parse(groupId));
        var audience = await admin.PostAsJsonAsync("/api/v1/audiences", new { name = $"Group {name}", criteria = new { tags = new[] { tag } } }, Ct);
        var audienceId = (await audience.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var byName = await scim.GetFromJsonAsync<JsonElement>($"/scim/v2/Groups?excludedAttributes=members&filter={Uri.EscapeDataString($"displayName eq \"{name}\"")}", Ct);
        Assert.Equal(groupId, byName.GetProperty("Resources")[0].GetProperty("id").GetString());
        Assert.False(byName.GetProperty("Resources")[0].TryGetProperty("members", out _));
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(scim, HttpMethod.Post, "/scim/v2/Groups", $$"""{ "displayName": "{{name}}" }""")).StatusCode);

        var added = await SendAsync(scim, HttpMethod.Patch, $"/scim/v2/Groups/{groupId}",
            $$"""{ "schemas": ["{{PatchOp}}"], "Operations": [{ "op": "Add", "path": "members", "value": [{ "$ref": null, "value": "{{member}}" }] }] }""");
        Assert.Equal(HttpStatusCode.NoContent, added.StatusCode);
        Assert.Contains(await AudienceMembersAsync(admin, audienceId), id => id == member);
        var group = await scim.GetFromJsonAsync<JsonElement>($"/scim/v2/Groups/{groupId}", Ct);
        Assert.Equal(member.ToString(), group.GetProperty("members")[0].GetProperty("value").GetString());
        var ofMember = await scim.GetFromJsonAsync<JsonElement>($"/scim/v2/Groups?filter={Uri.EscapeDataString($"members[value eq \"{member}\"]")}", Ct);
        Assert.Equal(1, ofMember.GetProperty("totalResults").GetInt32());

        var renamed = await SendAsync(scim, HttpMethod.Patch, $"/scim/v2/Groups/{groupId}",
            $$"""{ "schemas": ["{{PatchOp}}"], "Operations": [{ "op": "Replace", "path": "displayName", "value": "{{name}} (renamed)" }] }""");
        Assert.Equal(HttpStatusCode.NoContent, renamed.StatusCode);
        Assert.Equal(tag, await TagOfAsync(Guid.Parse(groupId)));

        var removed = await SendAsync(scim, HttpMethod.Patch, $"/scim/v2/Groups/{groupId}",
            $$"""{ "schemas": ["{{PatchOp}}"], "Operations": [{ "op": "Remove", "path": "members", "value": [{ "$ref": null, "value": "{{member}}" }] }] }""");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.DoesNotContain(await AudienceMembersAsync(admin, audienceId), id => id == member);

        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync($"/scim/v2/Groups/{groupId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scim.GetAsync($"/scim/v2/Groups/{groupId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task OktaSequence_PutPatchWithoutPathAndMemberRemovalByFilter()
    {
        var (scim, _) = await DirectoryAsync("Okta");
        var login = $"test.user.{Guid.NewGuid():N}@okta.local";
        var search = await scim.GetFromJsonAsync<JsonElement>($"/scim/v2/Users?filter={Uri.EscapeDataString($"userName eq \"{login}\"")}&startIndex=1&count=100", Ct);
        Assert.Equal(0, search.GetProperty("totalResults").GetInt32());

        var created = await SendAsync(scim, HttpMethod.Post, "/scim/v2/Users", $$"""
            {
              "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
              "userName": "{{login}}",
              "name": { "givenName": "Test", "familyName": "User" },
              "emails": [{ "primary": true, "value": "{{login}}", "type": "work" }],
              "displayName": "Test User",
              "locale": "en-US",
              "externalId": "00ujl29u0le5T6Aj10h7",
              "groups": [],
              "password": "1mz050nq",
              "active": true
            }
            """);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
        var byExternalId = await scim.GetFromJsonAsync<JsonElement>($"/scim/v2/Users?filter={Uri.EscapeDataString("externalId eq \"00ujl29u0le5T6Aj10h7\"")}", Ct);
        Assert.Contains(byExternalId.GetProperty("Resources").EnumerateArray(), r => r.GetProperty("id").GetString() == id);

        var replaced = await SendAsync(scim, HttpMethod.Put, $"/scim/v2/Users/{id}", $$"""
            {
              "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "{{id}}", "userName": "{{login}}",
              "name": { "givenName": "Another", "familyName": "User" }, "displayName": "Another User",
              "emails": [{ "primary": true, "value": "{{login}}", "type": "work" }], "active": true
            }
            """);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("Another User", (await replaced.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("displayName").GetString());

        var deactivated = await SendAsync(scim, HttpMethod.Patch, $"/scim/v2/Users/{id}",
            $$"""{ "schemas": ["{{PatchOp}}"], "Operations": [{ "op": "replace", "value": { "active": false } }] }""");
        Assert.False((await deactivated.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("active").GetBoolean());

        var group = await SendAsync(scim, HttpMethod.Post, "/scim/v2/Groups",
            $$"""{ "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Test SCIMv2 {{Guid.NewGuid().ToString("N")[..6]}}", "members": [] }""");
        var groupId = (await group.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(scim, HttpMethod.Patch, $"/scim/v2/Groups/{groupId}",
            $$"""{ "schemas": ["{{PatchOp}}"], "Operations": [{ "op": "replace", "value": { "id": "{{groupId}}", "displayName": "Test SCIMv2 renamed {{groupId[..6]}}" } }] }""")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(scim, HttpMethod.Patch, $"/scim/v2/Groups/{groupId}",
            $$"""{ "schemas": ["{{PatchOp}}"], "Operations": [{ "op": "add", "path": "members", "value": [{ "value": "{{id}}", "display": "{{login}}" }] }] }""")).StatusCode);
        Assert.Equal(1, (await scim.GetFromJsonAsync<JsonElement>($"/scim/v2/Groups/{groupId}", Ct)).GetProperty("members").GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(scim, HttpMethod.Patch, $"/scim/v2/Groups/{groupId}",
            $$"""{ "schemas": ["{{PatchOp}}"], "Operations": [{ "op": "remove", "path": "members[value eq \"{{id}}\"]" }] }""")).StatusCode);
        Assert.Equal(0, (await scim.GetFromJsonAsync<JsonElement>($"/scim/v2/Groups/{groupId}", Ct)).GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task ADirectory_SeesAndChangesOnlyThePeopleItProvisioned()
    {
        var (scim, _) = await DirectoryAsync("Franchisee directory");
        var (other, _) = await DirectoryAsync("Another directory");
        var localAdmin = await platform.CreateUserAsync("Head-office admin", administrator: true);
        var theirs = await CreateUserAsync(other, $"theirs.{Guid.NewGuid():N}@other.example");

        var search = await scim.GetFromJsonAsync<JsonElement>($"/scim/v2/Users?filter={Uri.EscapeDataString($"userName eq \"{localAdmin.Email}\"")}", Ct);
        var takeover = await SendAsync(scim, HttpMethod.Patch, $"/scim/v2/Users/{localAdmin.Id}",
            $$"""{ "schemas": ["{{PatchOp}}"], "Operations": [{ "op": "Replace", "path": "externalId", "value": "attacker-oid" }] }""");
        var sameName = await SendAsync(scim, HttpMethod.Post, "/scim/v2/Users", $$"""{ "userName": "{{localAdmin.Email}}", "active": true }""");
        var otherDirectorys = await SendAsync(scim, HttpMethod.Patch, $"/scim/v2/Users/{theirs}",
            $$"""{ "schemas": ["{{PatchOp}}"], "Operations": [{ "op": "Replace", "path": "active", "value": false }] }""");
        var all = await scim.GetFromJsonAsync<JsonElement>("/scim/v2/Users?count=1000", Ct);
        var placeholder = await SendAsync(scim, HttpMethod.Post, "/scim/v2/Users", """{ "userName": "~erased-0123", "active": true }""");

        Assert.Equal(0, search.GetProperty("totalResults").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, takeover.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, sameName.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherDirectorys.StatusCode);
        Assert.DoesNotContain(all.GetProperty("Resources").EnumerateArray(), r => r.GetProperty("id").GetString() == localAdmin.Id.ToString() || r.GetProperty("id").GetString() == theirs.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, placeholder.StatusCode);
        // And the local account is untouched: still its owner's, still active.
        Assert.Equal(HttpStatusCode.OK, (await platform.CreateClientFor(localAdmin).GetAsync("/api/v1/people/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheScimToken_OpensScimOnly_AndOnlyItOpensScim()
    {
        var (scim, admin) = await DirectoryAsync("Scoped");
        var token = scim.DefaultRequestHeaders.Authorization!.Parameter!;
        var withScimToken = platform.CreateClient();
        withScimToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await withScimToken.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await withScimToken.GetAsync("/api/v1/people/managed", Ct)).StatusCode);
        // An administrator's own token is not a directory's.
        var asAdmin = await admin.GetAsync("/scim/v2/Users", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, asAdmin.StatusCode);
        Assert.Equal("application/scim+json", asAdmin.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.CreateClient().GetAsync("/scim/v2/ServiceProviderConfig", Ct)).StatusCode);

        var config = await scim.GetFromJsonAsync<JsonElement>("/scim/v2/ServiceProviderConfig", Ct);
        Assert.True(config.GetProperty("patch").GetProperty("supported").GetBoolean());
        var types = await scim.GetFromJsonAsync<JsonElement>("/scim/v2/ResourceTypes", Ct);
        Assert.Equal(2, types.GetProperty("totalResults").GetInt32());
        Assert.Equal(3, (await scim.GetFromJsonAsync<JsonElement>("/scim/v2/Schemas", Ct)).GetProperty("totalResults").GetInt32());

        var clients = await admin.GetFromJsonAsync<JsonElement>("/api/v1/scim/clients", Ct);
        var clientId = clients.EnumerateArray().First(c => c.GetProperty("name").GetString() == "Scoped").GetProperty("id").GetString();
        Assert.DoesNotContain(token, clients.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/scim/clients/{clientId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await scim.GetAsync("/scim/v2/Users", Ct)).StatusCode);

        var notAdmin = platform.CreateClientFor(await platform.CreateUserAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await notAdmin.PostAsJsonAsync("/api/v1/scim/clients", new { name = "Mine" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await notAdmin.GetAsync("/api/v1/scim/clients", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("POST", "/scim/v2/Users", "{ not json", "invalidSyntax")]
    [InlineData("POST", "/scim/v2/Users", "[1, 2]", "invalidSyntax")]
    [InlineData("POST", "/scim/v2/Users", "{ \"displayName\": \"No user name\" }", "invalidValue")]
    [InlineData("POST", "/scim/v2/Users", "{ \"userName\": \"x@y.example\", \"active\": \"perhaps\" }", "invalidValue")]
    [InlineData("POST", "/scim/v2/Users", "{ \"userName\": \"x2@y.example\", \"emails\": [{ \"value\": \"not an address\" }] }", "invalidValue")]
    [InlineData("GET", "/scim/v2/Users?filter=userName%20sw%20%22a%22", null, "invalidFilter")]
    [InlineData("GET", "/scim/v2/Users?filter=userName%20eq%20%22a%22%20or%20userName%20eq%20%22b%22", null, "invalidFilter")]
    [InlineData("GET", "/scim/v2/Users?filter=title%20eq%20%22x%22", null, "invalidFilter")]
    [InlineData("GET", "/scim/v2/Users?filter=userName%20eq%20%22unclosed", null, "invalidFilter")]
    [InlineData("POST", "/scim/v2/Groups", "{ \"displayName\": \"\" }", "invalidValue")]
    [InlineData("POST", "/scim/v2/Groups", "{ \"displayName\": \"Bad members\", \"members\": [{ \"value\": \"nobody\" }] }", "invalidValue")]
    public async Task BadRequests_Get400InScimShape_AndChangeNothing(string method, string path, string? body, string scimType)
    {
        var (scim, _) = await DirectoryAsync("Malformed");
        var before = await CountAsync();

        var response = await SendAsync(scim, new HttpMethod(method), path, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("400", error.GetProperty("status").GetString());
        Assert.Equal(scimType, error.GetProperty("scimType").GetString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ProvisioningIsAudited_ViaTheDirectory()
    {
        var (scim, admin) = await DirectoryAsync("Audited directory");
        var id = await CreateUserAsync(scim, $"audited.{Guid.NewGuid():N}@contoso.example");

        var entries = await Eventually.GetAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?subjectId={id}", Ct)).GetProperty("items").EnumerateArray().ToList(),
            list => list.Count >= 1);
        Assert.Equal("person.provisioned", entries[^1].GetProperty("action").GetString());
        Assert.Equal("SCIM: Audited directory", entries[^1].GetProperty("via").GetString());
        Assert.Equal(JsonValueKind.Null, entries[^1].GetProperty("actorId").ValueKind);
    }

    private async Task<(HttpClient Scim, HttpClient Admin)> DirectoryAsync(string name)
    {
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var created = await admin.PostAsJsonAsync("/api/v1/scim/clients", new { name }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("token").GetString();
        Assert.StartsWith("dws_", token, StringComparison.Ordinal);
        var scim = platform.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        scim.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (scim, admin);
    }

    private static async Task<Guid> CreateUserAsync(HttpClient scim, string userName)
    {
        var response = await SendAsync(scim, HttpMethod.Post, "/scim/v2/Users", $$"""{ "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "{{userName}}", "displayName": "Provisioned", "active": true }""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/scim+json");
        }

        return client.SendAsync(request, Ct);
    }

    /// <summary>An API client for a provisioned person (who has no password): a token an administrator makes for them.</summary>
    private async Task<HttpClient> PersonAsync(Guid personId)
    {
        var token = await platform.AsAsync(null, async sp =>
        {
            var created = await sp.GetRequiredService<Contracts.IAccountService>().CreateTokenAsync(
                (await sp.GetRequiredService<IdentityModuleDbContext>().Users.FirstAsync(p => p.Id == personId, Ct)).UserName!, "scim test", Ct);
            return created.Value!.Token;
        });
        var client = platform.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> TagOfAsync(Guid groupId)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().ScimGroups.Where(g => g.Id == groupId).Select(g => g.Tag).FirstAsync(Ct);
    }

    private async Task<(int People, int Groups)> CountAsync()
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        return (await db.Users.CountAsync(Ct), await db.ScimGroups.CountAsync(Ct));
    }

    private static async Task<List<Guid>> AudienceMembersAsync(HttpClient admin, Guid audienceId) =>
        [.. (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audiences/{audienceId}/members?pageSize=100", Ct)).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid())];
}

public sealed class ScimSqliteTests(SqlitePlatform platform) : ScimTests(platform), IClassFixture<SqlitePlatform>;

public sealed class ScimPostgresTests(PostgresPlatform platform) : ScimTests(platform), IClassFixture<PostgresPlatform>;
