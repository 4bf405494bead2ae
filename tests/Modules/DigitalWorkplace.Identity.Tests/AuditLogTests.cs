using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.BuildingBlocks.Auditing;
using DigitalWorkplace.Identity.Auditing;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>
/// The append-only audit log: administrative actions, privileged reads and sign-ins, each with who, what, when and the
/// fields before and after; read within the reader's scope, exported as CSV, trimmed by retention.
/// </summary>
public abstract class AuditLogTests(PlatformFactory platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AdministrativeActions_AreLogged_WithWhoWhatAndTheFieldsBeforeAndAfter()
    {
        var adminUser = await platform.CreateUserAsync(administrator: true);
        var admin = platform.CreateClientFor(adminUser);
        var created = await admin.PostAsJsonAsync("/api/v1/people", new { userName = Handle(), displayName = "Inès Audit", employmentType = "Seasonal", position = "Barista" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/v1/people/{id}", new { position = "Shift lead" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/people/{id}/account", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/people/{id}/suspend", new { }, Ct)).StatusCode);

        var entries = await EntriesAsync(admin, $"subjectId={id}", count: 4);
        Assert.Equal(["person.suspended", "person.account-viewed", "person.updated", "person.created"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal(adminUser.Id, e.GetProperty("actorId").GetGuid()));
        Assert.All(entries, e => Assert.Equal("Inès Audit", e.GetProperty("subjectName").GetString()));
        var updated = entries[2];
        Assert.Equal("Barista", updated.GetProperty("before").GetProperty("position").GetString());
        Assert.Equal("Shift lead", updated.GetProperty("after").GetProperty("position").GetString());
        var suspended = entries[0];
        Assert.Equal("Active", suspended.GetProperty("before").GetProperty("status").GetString());
        Assert.Equal("Suspended", suspended.GetProperty("after").GetProperty("status").GetString());
        // Creation shows what was set, never a secret.
        var creation = entries[3].GetProperty("after");
        Assert.Equal("Seasonal", creation.GetProperty("employmentType").GetString());
        Assert.False(creation.TryGetProperty("passwordHash", out _) || creation.TryGetProperty("PasswordHash", out _) || creation.TryGetProperty("SecurityStamp", out _));
        Assert.DoesNotContain("Stamp", creation.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIns_FailuresAndSignOuts_AreLogged()
    {
        var person = await platform.CreateUserAsync();
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var browser = platform.NewBrowser();
        await browser.PostFormAsync("/login", "/account/login", new Dictionary<string, string> { ["userName"] = person.Email, ["password"] = "not the password" });
        await browser.PostFormAsync("/login", "/account/login", new Dictionary<string, string> { ["userName"] = person.Email, ["password"] = PlatformFactory.Password });
        await browser.PostFormAsync("/", "/account/logout", new Dictionary<string, string>());

        var entries = await EntriesAsync(admin, $"subjectId={person.Id}&action=signin.", count: 2);
        Assert.Equal(["signin.succeeded", "signin.failed"], entries.Select(e => e.GetProperty("action").GetString()));
        // A failure proves nobody's identity: no actor. A success is the person's own doing.
        Assert.Equal(JsonValueKind.Null, entries[1].GetProperty("actorId").ValueKind);
        Assert.Equal(person.Id, entries[0].GetProperty("actorId").GetGuid());
        var signOut = await EntriesAsync(admin, $"subjectId={person.Id}&action=signout", count: 1);
        Assert.Equal(person.Id, signOut[0].GetProperty("actorId").GetGuid());
    }

    [Fact]
    public async Task AFranchiseeAdministrator_ReadsOnlyTheirUnits_AndSomeoneWhoAdministersNobodyIsRefused()
    {
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var network = await UnitAsync(admin, "Organization", null);
        var ours = await UnitAsync(admin, "Franchisee", network);
        var theirs = await UnitAsync(admin, "Franchisee", network);
        var ourPerson = await PersonAsync(admin, ours);
        var theirPerson = await PersonAsync(admin, theirs);
        var franchiseeAdmin = await platform.CreateUserAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/people/{franchiseeAdmin.Id}/roles", new { role = "FranchiseeAdmin", orgUnitId = ours }, Ct)).StatusCode);
        var scoped = platform.CreateClientFor(franchiseeAdmin);

        Assert.Single(await EntriesAsync(scoped, $"subjectId={ourPerson}", count: 1));
        await EntriesAsync(admin, $"subjectId={theirPerson}", count: 1);
        var hidden = await scoped.GetFromJsonAsync<JsonElement>($"/api/v1/audit?subjectId={theirPerson}", Ct);
        Assert.Equal(0, hidden.GetProperty("items").GetArrayLength());
        var everything = await scoped.GetFromJsonAsync<JsonElement>("/api/v1/audit?pageSize=100", Ct);
        Assert.DoesNotContain(everything.GetProperty("items").EnumerateArray(), e => e.GetProperty("subjectId").GetString() == theirPerson.ToString());

        var nobody = platform.CreateClientFor(await platform.CreateUserAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await nobody.GetAsync("/api/v1/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nobody.GetAsync("/api/v1/audit/export", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.CreateClient().GetAsync("/api/v1/audit", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheExport_IsFormulaSafeCsv_AndIsItselfAudited()
    {
        var adminUser = await platform.CreateUserAsync(administrator: true);
        var admin = platform.CreateClientFor(adminUser);
        var created = await admin.PostAsJsonAsync("/api/v1/people", new { userName = Handle(), displayName = "=HYPERLINK(\"http://evil.example\")", employmentType = "Permanent" }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        await EntriesAsync(admin, $"subjectId={id}", count: 1);

        var export = await admin.GetAsync($"/api/v1/audit/export?subjectId={id}", Ct);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var csv = await export.Content.ReadAsStringAsync(Ct);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("at,action,actorId", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains("person.created", lines[1], StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", lines[1], StringComparison.Ordinal);
        var exported = await EntriesAsync(admin, $"action=audit.exported&actorId={adminUser.Id}", count: 1);
        Assert.Equal("1", exported[0].GetProperty("after").GetProperty("rows").GetString());
    }

    [Fact]
    public async Task Retention_DeletesOnlyEntriesPastIt_AndSaysSo()
    {
        var old = Guid.CreateVersion7();
        var recent = Guid.CreateVersion7();
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
            var now = DateTimeOffset.UtcNow;
            db.AuditLog.Add(new AuditEntry { Id = old, At = now.AddDays(-401), Action = "person.updated", SubjectType = "person" });
            db.AuditLog.Add(new AuditEntry { Id = recent, At = now.AddDays(-399), Action = "person.updated", SubjectType = "person" });
            await db.SaveChangesAsync(Ct);
        }

        var deleted = await platform.Services.GetRequiredService<AuditRetention>().ApplyAsync(Ct);

        Assert.True(deleted >= 1);
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
            Assert.False(await db.AuditLog.AnyAsync(e => e.Id == old, Ct));
            Assert.True(await db.AuditLog.AnyAsync(e => e.Id == recent, Ct));
        }

        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var said = await EntriesAsync(admin, "action=audit.retention-applied", count: 1);
        Assert.Equal(JsonValueKind.Null, said[0].GetProperty("actorId").ValueKind);
    }

    [Fact]
    public async Task ARedeliveredEvent_IsKeptOnce()
    {
        var audited = new ActionAuditedIntegrationEvent("person.updated", DateTimeOffset.UtcNow, null, null, null, new AuditSubject("person", "redelivered", "Twice"), null, null);
        for (var delivery = 0; delivery < 2; delivery++)
        {
            await using var scope = platform.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<KeepAuditEntry>().HandleAsync(audited, Ct);
        }

        await using var check = platform.Services.CreateAsyncScope();
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<IdentityModuleDbContext>().AuditLog.CountAsync(e => e.Id == audited.EventId, Ct));
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("after=!!!", "after")]
    [InlineData("from=2026-06-02&to=2026-06-01", "to")]
    [InlineData("actorId=not-a-guid", "actorId")]
    public async Task BadFilters_Get400NamingTheField(string query, string field)
    {
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));

        var response = await admin.GetAsync($"/api/v1/audit?{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    /// <summary>Polls the log (delivered through the outbox) until it holds at least <paramref name="count"/> matching entries.</summary>
    private static async Task<List<JsonElement>> EntriesAsync(HttpClient client, string query, int count)
    {
        var items = await Eventually.GetAsync(
            async () => (await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit?{query}&pageSize=100", Ct)).GetProperty("items").EnumerateArray().ToList(),
            list => list.Count >= count);
        Assert.True(items.Count >= count, $"{items.Count} entries for {query}, expected {count}");
        return items;
    }

    private static string Handle() => "a" + Guid.NewGuid().ToString("N")[..12];

    private static async Task<Guid> UnitAsync(HttpClient admin, string kind, Guid? parent)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/org-units", new { name = $"{kind} {Guid.NewGuid():N}", kind, parentId = parent }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> PersonAsync(HttpClient admin, Guid unit)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/people", new { userName = Handle(), displayName = "Placed person", employmentType = "Franchise", orgUnitId = unit }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }
}

public sealed class AuditLogSqliteTests(SqlitePlatform platform) : AuditLogTests(platform), IClassFixture<SqlitePlatform>;

public sealed class AuditLogPostgresTests(PostgresPlatform platform) : AuditLogTests(platform), IClassFixture<PostgresPlatform>;
