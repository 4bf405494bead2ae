using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Identity.Tests;

public abstract class PeopleApiTests(PlatformFactory platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Directory_SearchIgnoresCase_AccentedLettersToo_OnBothDatabases()
    {
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var surname = "Éloïse" + Guid.NewGuid().ToString("N")[..6];
        var created = await admin.PostAsJsonAsync("/api/v1/people", new { userName = "p" + Guid.NewGuid().ToString("N")[..10], displayName = $"Zoé {surname}", employmentType = "Seasonal" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var found = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people?search={Uri.EscapeDataString("zoé " + surname.ToLowerInvariant())}", Ct);
        var managed = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/managed?search={Uri.EscapeDataString(surname.ToUpperInvariant())}", Ct);

        Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Single(managed.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task CreatePerson_AsAdministrator_Returns201WithGeneratedPasswordAndPublishesEvent()
    {
        var admin = await platform.CreateUserAsync(administrator: true);
        var client = platform.CreateClientFor(admin);
        var email = IdentityTestData.UniqueEmail("seasonal");
        var location = await platform.CreateLocationAsync("Lyon Part-Dieu");

        var response = await client.PostAsJsonAsync(
            "/api/v1/people",
            new { email, displayName = "Camille Martin", employmentType = "Seasonal", orgUnitName = location, startDate = "2026-06-01", endDate = "2026-09-30" },
            Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/people/{id}", response.Headers.Location?.OriginalString);
        Assert.True(created.GetProperty("generatedPassword").GetString()!.Length >= 20);
        Assert.Equal("Seasonal", created.GetProperty("employmentType").GetString());

        var person = await client.GetFromJsonAsync<JsonElement>(response.Headers.Location, Ct);
        Assert.Equal(location, person.GetProperty("orgUnitName").GetString());

        var published = await platform.ReadAsync(db => db.OutboxMessages
            .Where(m => m.Type == "identity.person-registered")
            .Select(m => m.Payload)
            .ToListAsync(Ct));
        Assert.Contains(published, payload => payload.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CreatePerson_WithPassword_CanSignInWithIt()
    {
        var admin = await platform.CreateUserAsync(administrator: true);
        var email = IdentityTestData.UniqueEmail();

        var response = await platform.CreateClientFor(admin).PostAsJsonAsync(
            "/api/v1/people", new { email, displayName = "Alex", password = "long enough password", employmentType = "Permanent" }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("generatedPassword").ValueKind);
        var passwordOk = await platform.ReadAsync(async db =>
        {
            var person = await db.Users.SingleAsync(p => p.Email == email, Ct);
            var hasher = platform.Services.GetRequiredService<Microsoft.AspNetCore.Identity.IPasswordHasher<Accounts.Person>>();
            return hasher.VerifyHashedPassword(person, person.PasswordHash!, "long enough password");
        });
        Assert.NotEqual(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed, passwordOk);
    }

    /// <summary>Creating accounts is an admin-only action on a collection (nothing private to hide): 403, not 404.</summary>
    [Fact]
    public async Task CreatePerson_AsNonAdministrator_Returns403AndWritesNothing()
    {
        var member = await platform.CreateUserAsync();
        var email = IdentityTestData.UniqueEmail();

        var response = await platform.CreateClientFor(member).PostAsJsonAsync(
            "/api/v1/people", new { email, displayName = "Intruder", employmentType = "Permanent" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await platform.ReadAsync(db => db.Users.AnyAsync(p => p.Email == email, Ct)));
    }

    [Fact]
    public async Task CreatePerson_InvalidFields_Returns400NamingEachFieldAndWritesNothing()
    {
        var admin = await platform.CreateUserAsync(administrator: true);
        var outboxBefore = await platform.ReadAsync(db => db.OutboxMessages.CountAsync(Ct));

        var response = await platform.CreateClientFor(admin).PostAsJsonAsync(
            "/api/v1/people",
            new { email = "not-an-email", displayName = new string('x', 101), password = "short", employmentType = "Permanent", orgUnitName = "Ghost unit" },
            Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("displayName", out _));
        Assert.True(errors.TryGetProperty("password", out _));
        Assert.Equal("validation.failed", problem.GetProperty("code").GetString());
        Assert.False(await platform.ReadAsync(db => db.Users.AnyAsync(p => p.Email == "not-an-email", Ct)));
        Assert.False(await platform.ReadAsync(db => db.OrgUnits.AnyAsync(u => u.Name == "Ghost unit", Ct)));
        Assert.Equal(outboxBefore, await platform.ReadAsync(db => db.OutboxMessages.CountAsync(Ct)));
    }

    [Fact]
    public async Task CreatePerson_DuplicateEmail_Returns409()
    {
        var admin = await platform.CreateUserAsync(administrator: true);
        var existing = await platform.CreateUserAsync();

        var response = await platform.CreateClientFor(admin).PostAsJsonAsync(
            "/api/v1/people", new { email = existing.Email.ToUpperInvariant(), displayName = "Twin", employmentType = "Permanent" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("person.taken", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _));
        var normalized = existing.Email.ToUpperInvariant();
        Assert.Equal(1, await platform.ReadAsync(db => db.Users.CountAsync(p => p.NormalizedEmail == normalized, Ct)));
    }

    [Fact]
    public async Task CreatePerson_SameEmailConcurrently_CreatesOneAndConflictsTheOthers()
    {
        var client = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var email = IdentityTestData.UniqueEmail("race");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            client.PostAsJsonAsync("/api/v1/people", new { email, displayName = "Racer", employmentType = "Permanent" }, Ct)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task CreatePerson_UnknownUnit_Returns400AndCreatesNoUnit()
    {
        var client = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var unit = "Pop-up store " + Guid.NewGuid().ToString("N")[..8];

        var response = await client.PostAsJsonAsync(
            "/api/v1/people", new { email = IdentityTestData.UniqueEmail("popup"), displayName = "Seller", employmentType = "Seasonal", orgUnitName = unit }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("unknown_unit", problem.GetProperty("fieldErrors").GetProperty("orgUnitName")[0].GetProperty("code").GetString());
        Assert.False(await platform.ReadAsync(db => db.OrgUnits.AnyAsync(u => u.Name == unit, Ct)));
    }

    /// <summary>Frontline staff often have no corporate e-mail: a handle is enough to sign in, in any letter case.</summary>
    [Fact]
    public async Task CreatePerson_WithoutEmail_SignsInWithTheHandle()
    {
        var client = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var handle = "lea." + Guid.NewGuid().ToString("N")[..6];

        var response = await client.PostAsJsonAsync(
            "/api/v1/people", new { userName = handle.ToUpperInvariant(), displayName = "Léa Petit", password = "long enough password", employmentType = "Seasonal" }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(handle, created.GetProperty("userName").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("email").ValueKind);
        var signedIn = await platform.AsAsync(null, sp => sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Accounts.Person>>().FindByNameAsync(handle.ToUpperInvariant()));
        Assert.Equal(created.GetProperty("id").GetGuid(), signedIn?.Id);
    }

    [Fact]
    public async Task CreatePerson_NeitherEmailNorHandle_Returns400OnUserName()
    {
        var client = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));

        var response = await client.PostAsJsonAsync("/api/v1/people", new { displayName = "Nobody", employmentType = "Seasonal", userName = (string?)null }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("userName", out _));
    }

    [Fact]
    public async Task CreateAccount_ThroughContractAsNonAdministrator_IsForbidden()
    {
        var member = await platform.CreateUserAsync();

        var result = await platform.AsAsync(member, sp => sp.GetRequiredService<IAccountService>().CreateAccountAsync(
            new NewAccount(IdentityTestData.UniqueEmail(), "Nope", PlatformFactory.Password, EmploymentType.Permanent), Ct));

        Assert.False(result.IsSuccess);
        Assert.Equal("person.create_forbidden", result.Error!.Code);
    }

    [Fact]
    public async Task ListPeople_PagedByCursor_ReturnsEveryPersonOnce()
    {
        var created = new[] { await platform.CreateUserAsync(), await platform.CreateUserAsync(), await platform.CreateUserAsync() };
        var client = platform.CreateClientFor(created[0]);
        var seen = new List<Guid>();
        string? after = null;
        do
        {
            var url = "/api/v1/people?pageSize=2" + (after is null ? string.Empty : "&after=" + Uri.EscapeDataString(after));
            var page = await client.GetFromJsonAsync<JsonElement>(url, Ct);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
            after = page.GetProperty("next").GetString();
        }
        while (after is not null);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(created, person => Assert.Contains(person.Id, seen));
        Assert.Equal(seen.Order().ToList(), seen);
    }

    [Fact]
    public async Task ListPeople_InvalidCursor_Returns400()
    {
        var member = await platform.CreateUserAsync();

        var response = await platform.CreateClientFor(member).GetAsync("/api/v1/people?after=not-a-cursor!", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PeopleDirectory_GetMany_ReturnsKnownPeopleWithTheirUnit()
    {
        var email = IdentityTestData.UniqueEmail();
        var nantes = await platform.CreateLocationAsync("Nantes");
        var person = await platform.AsAsync(null, sp => sp.GetRequiredService<IAccountService>().CreateAccountAsync(
            new NewAccount(email, "Dominique", PlatformFactory.Password, EmploymentType.Franchise, OrgUnitName: nantes), Ct));
        var unknown = Guid.CreateVersion7();

        var found = await platform.AsAsync(null, sp => sp.GetRequiredService<IPeopleDirectory>().GetManyAsync([person.Value!.Id, unknown], Ct));

        var summary = Assert.Single(found).Value;
        Assert.Equal("Dominique", summary.DisplayName);
        Assert.Equal(nantes, summary.OrgUnitName);
        Assert.Equal(EmploymentType.Franchise, summary.EmploymentType);
    }

    [Fact]
    public async Task EnsureOrgUnit_CalledTwice_ReturnsTheSameUnit()
    {
        var name = "Unit " + Guid.NewGuid().ToString("N")[..8];

        var first = await platform.AsAsync(null, sp => sp.GetRequiredService<IOrganizationService>().EnsureOrgUnitAsync(name, OrgUnitKind.Franchisee, "Acme", Ct));
        var second = await platform.AsAsync(null, sp => sp.GetRequiredService<IOrganizationService>().EnsureOrgUnitAsync(name, OrgUnitKind.Franchisee, "Acme", Ct));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task IdentityModel_OnThisProvider_HasNoPendingChanges()
    {
        var pending = await platform.ReadAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pending);
    }
}

public sealed class PeopleApiSqliteTests(SqlitePlatform platform) : PeopleApiTests(platform), IClassFixture<SqlitePlatform>;

public sealed class PeopleApiPostgresTests(PostgresPlatform platform) : PeopleApiTests(platform), IClassFixture<PostgresPlatform>;
