using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Identity.Tests;

public abstract class AccessTokenTests(PlatformFactory platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Me_WithToken_Returns200WithTheProfile()
    {
        var user = await platform.CreateUserAsync("Sacha Petit", EmploymentType.Seasonal);

        var me = await platform.CreateClientFor(user).GetFromJsonAsync<JsonElement>("/api/v1/people/me", Ct);

        Assert.Equal(user.Id, me.GetProperty("id").GetGuid());
        Assert.Equal("Sacha Petit", me.GetProperty("displayName").GetString());
        Assert.Equal("Seasonal", me.GetProperty("employmentType").GetString());
        Assert.False(me.GetProperty("isAdministrator").GetBoolean());
    }

    [Fact]
    public async Task Me_AsAdministrator_SaysSo()
    {
        var admin = await platform.CreateUserAsync(administrator: true);

        var me = await platform.CreateClientFor(admin).GetFromJsonAsync<JsonElement>("/api/v1/people/me", Ct);

        Assert.True(me.GetProperty("isAdministrator").GetBoolean());
    }

    [Fact]
    public async Task Me_WithoutToken_Returns401NotARedirect()
    {
        var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/v1/people/me", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("dwp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    public async Task Me_WithWrongToken_Returns401(string token)
    {
        var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.GetAsync("/api/v1/people/me", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_WithRevokedToken_Returns401()
    {
        var user = await platform.CreateUserAsync();
        var client = platform.CreateClientFor(user);
        var created = await CreateTokenAsync(client, "phone");
        var second = WithToken(created.GetProperty("token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/v1/people/me", Ct)).StatusCode);

        var revoked = await client.DeleteAsync($"/api/v1/me/tokens/{created.GetProperty("id").GetGuid()}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/people/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task Me_WithTokenOfExpiredAccount_Returns401()
    {
        var email = IdentityTestData.UniqueEmail("last-season");
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var token = await platform.AsAsync(null, async sp =>
        {
            var accounts = sp.GetRequiredService<IAccountService>();
            var created = await accounts.CreateAccountAsync(
                new NewAccount(email, "Former seasonal", PlatformFactory.Password, EmploymentType.Seasonal, StartDate: yesterday.AddDays(-90), EndDate: yesterday), Ct);
            Assert.True(created.IsSuccess);
            return (await accounts.CreateTokenAsync(email, "old", Ct)).Value!.Token;
        });

        var response = await WithToken(token).GetAsync("/api/v1/people/me", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_WithExpiredToken_Returns401()
    {
        var user = await platform.CreateUserAsync();
        var (secret, hash, prefix) = AccessTokenSecrets.Generate();
        await platform.ReadAsync(db =>
        {
            db.AccessTokens.Add(new PersonalAccessToken
            {
                PersonId = user.Id,
                Name = "old script",
                Hash = hash,
                Prefix = prefix,
                CreatedAt = DateTimeOffset.UtcNow.AddDays(-31),
                ExpiresAt = DateTimeOffset.UtcNow.AddDays(-1),
            });
            return db.SaveChangesAsync(Ct);
        });

        var response = await WithToken(secret).GetAsync("/api/v1/people/me", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Query-string tokens end up in logs; only SignalR (under /hubs) needs them, so only there are they read.</summary>
    [Fact]
    public async Task Me_WithTokenInQueryString_Returns401()
    {
        var user = await platform.CreateUserAsync();
        var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/api/v1/people/me?access_token={Uri.EscapeDataString(user.Token)}", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CreateToken_StoresOnlyTheHash()
    {
        var user = await platform.CreateUserAsync();

        var created = await CreateTokenAsync(platform.CreateClientFor(user), "script");

        var secret = created.GetProperty("token").GetString()!;
        Assert.StartsWith("dwp_", secret, StringComparison.Ordinal);
        var rows = await platform.ReadAsync(db => db.AccessTokens.AsNoTracking().ToListAsync(Ct));
        Assert.DoesNotContain(rows, row => JsonSerializer.Serialize(row).Contains(secret, StringComparison.Ordinal));
        var stored = Assert.Single(rows, row => row.Id == created.GetProperty("id").GetGuid());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), stored.Hash);
        Assert.True(secret.StartsWith(stored.Prefix, StringComparison.Ordinal) && stored.Prefix.Length < 16);
    }

    [Fact]
    public async Task ListTokens_NeverReturnsSecretsOrHashes()
    {
        var user = await platform.CreateUserAsync();
        var client = platform.CreateClientFor(user);
        var created = await CreateTokenAsync(client, "laptop", expiresInDays: 30);
        var secret = created.GetProperty("token").GetString()!;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

        var body = await client.GetStringAsync("/api/v1/me/tokens", Ct);

        Assert.Contains("laptop", body, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(user.Token, body, StringComparison.Ordinal);
        Assert.DoesNotContain(hash, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokeToken_OfAnotherPerson_Returns404AndKeepsIt()
    {
        var owner = await platform.CreateUserAsync();
        var other = await platform.CreateUserAsync();
        var created = await CreateTokenAsync(platform.CreateClientFor(owner), "mine");

        var response = await platform.CreateClientFor(other).DeleteAsync($"/api/v1/me/tokens/{created.GetProperty("id").GetGuid()}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithToken(created.GetProperty("token").GetString()!).GetAsync("/api/v1/people/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task CreateToken_Invalid_Returns400NamingFields()
    {
        var user = await platform.CreateUserAsync();

        var response = await platform.CreateClientFor(user).PostAsJsonAsync("/api/v1/me/tokens", new { name = "", expiresInDays = 0 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("expiresInDays", out _));
    }

    [Fact]
    public async Task CreateTokenForPerson_AsAdministrator_Returns201AndTheTokenWorks()
    {
        var admin = await platform.CreateUserAsync(administrator: true);
        var person = await platform.CreateUserAsync("Kiosk user");

        var response = await platform.CreateClientFor(admin).PostAsJsonAsync($"/api/v1/people/{person.Id}/tokens", new { name = "kiosk" }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("token").GetString()!;
        var me = await WithToken(token).GetFromJsonAsync<JsonElement>("/api/v1/people/me", Ct);
        Assert.Equal(person.Id, me.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task CreateTokenForPerson_AsNonAdministrator_Returns403()
    {
        var member = await platform.CreateUserAsync();
        var person = await platform.CreateUserAsync();

        var response = await platform.CreateClientFor(member).PostAsJsonAsync($"/api/v1/people/{person.Id}/tokens", new { name = "stolen" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task UseToken_Twice_RecordsLastUse()
    {
        var user = await platform.CreateUserAsync();
        var client = platform.CreateClientFor(user);

        await client.GetAsync("/api/v1/people/me", Ct);
        var tokens = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/tokens", Ct);

        Assert.Contains(tokens.EnumerateArray(), t => t.GetProperty("lastUsedAt").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task TokenMadeWithAShortLivedToken_NeverOutlivesIt()
    {
        var user = await platform.CreateUserAsync();
        var shortLived = await CreateTokenAsync(platform.CreateClientFor(user), "one day", expiresInDays: 1);
        var withIt = WithToken(shortLived.GetProperty("token").GetString()!);

        var forever = await CreateTokenAsync(withIt, "forever");
        var tenYears = await CreateTokenAsync(withIt, "ten years", expiresInDays: 3650);

        // As stored, to the database's precision.
        var limit = shortLived.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(forever.GetProperty("expiresAt").GetDateTimeOffset(), limit.AddSeconds(-1), limit);
        Assert.InRange(tenYears.GetProperty("expiresAt").GetDateTimeOffset(), limit.AddSeconds(-1), limit);
    }

    private static async Task<JsonElement> CreateTokenAsync(HttpClient client, string name, int? expiresInDays = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/me/tokens", new { name, expiresInDays }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private HttpClient WithToken(string token)
    {
        var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

public sealed class AccessTokenSqliteTests(SqlitePlatform platform) : AccessTokenTests(platform), IClassFixture<SqlitePlatform>;

public sealed class AccessTokenPostgresTests(PostgresPlatform platform) : AccessTokenTests(platform), IClassFixture<PostgresPlatform>;
