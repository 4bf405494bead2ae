using System.Net.Http.Headers;
using DigitalWorkplace.BuildingBlocks.Security;
using DigitalWorkplace.Identity.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit;

namespace DigitalWorkplace.Testing;

public enum TestDatabase
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The real host on a real database, one per test class: SQLite files in a temp folder, or a fresh
/// PostgreSQL database on the server the test script started (<c>DW_TEST_POSTGRES</c>).
/// </summary>
public class PlatformFactory(TestDatabase database) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test-password-1!";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("dw-test-").FullName;
    private string? _postgresDatabase;
    private bool _ownsDatabase = true;
    private int _people;

    /// <summary>A node of a cluster: several hosts on one PostgreSQL database, which the first of them creates and drops.</summary>
    protected PlatformFactory(string sharedPostgresDatabase, bool createsDatabase)
        : this(TestDatabase.Postgres)
    {
        _postgresDatabase = sharedPostgresDatabase;
        _ownsDatabase = createsDatabase;
    }

    public TestDatabase Database => database;

    /// <summary>Where the host keeps its SQLite files and search index.</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>The PostgreSQL database of this host (null on SQLite).</summary>
    public string? PostgresConnectionString =>
        _postgresDatabase is null ? null : new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = _postgresDatabase }.ConnectionString;

    /// <summary>What the host logged, from its start to after it stopped.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The host environment; "Development" is what a newcomer's <c>dotnet run</c> uses (stricter DI checks, exceptions thrown on bad requests).</summary>
    protected virtual string EnvironmentName => "Testing";

    /// <summary>Settings a derived fixture adds (search provider, Redis...).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>Starts what the host's settings point at (a local OpenID Connect authority), before the host itself.</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        await BeforeStartAsync();
        if (database == TestDatabase.Postgres && _ownsDatabase)
        {
            _postgresDatabase ??= "dw_test_" + Guid.NewGuid().ToString("N")[..12];
            await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_postgresDatabase}", connection);
            await create.ExecuteNonQueryAsync();
        }

        // Starting the host migrates every module (the Preparation hosted service) before the dispatchers run.
        _ = Services;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // Outside Development the host serves published assets; from the build output it needs the static web assets manifest.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", database.ToString());
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        builder.UseSetting("Demo:Seed", "false");
        if (PostgresConnectionString is { } connectionString)
        {
            builder.UseSetting("Database:ConnectionString", connectionString);
        }

        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    /// <summary>Runs code in a fresh scope as the given person (or as the system administrator).</summary>
    public async Task<T> AsAsync<T>(TestUser? user, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user?.Id ?? Guid.Empty, isAdministrator: user is null || user.IsAdministrator);
        return await action(scope.ServiceProvider);
    }

    /// <summary>Creates a person with a local account and a personal access token.</summary>
    /// <param name="location">The name of the org unit they work at (see <see cref="CreateLocationAsync"/>); none by default.</param>
    public async Task<TestUser> CreateUserAsync(string? name = null, EmploymentType type = EmploymentType.Permanent, bool administrator = false, string? location = null)
    {
        var number = Interlocked.Increment(ref _people);
        name ??= $"Person {number}";
        var email = $"person{number}-{Guid.NewGuid():N}@test.example";
        var person = await AsAsync(null, async sp =>
        {
            var accounts = sp.GetRequiredService<IAccountService>();
            var created = await accounts.CreateAccountAsync(new NewAccount(email, name, Password, type, administrator, location), CancellationToken.None);
            Assert.True(created.IsSuccess, created.Error?.Message);
            var token = await accounts.CreateTokenAsync(email, "tests", CancellationToken.None);
            Assert.True(token.IsSuccess, token.Error?.Message);
            return (created.Value!, token.Value!.Token);
        });
        return new TestUser(person.Item1.Id, email, name, administrator, person.Token);
    }

    /// <summary>A saved audience of everyone of these employment types (as the system administrator), for tracks and tiles to target.</summary>
    public async Task<Guid> CreateAudienceAsync(params EmploymentType[] types)
    {
        var created = await AsAsync(null, sp => sp.GetRequiredService<IOrganizationService>().CreateAudienceAsync(
            new NewAudience($"{string.Join(" and ", types)} staff {Guid.NewGuid():N}", EmploymentTypes: types), CancellationToken.None));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value;
    }

    /// <summary>A new location of the "Acme" organization, named uniquely after <paramref name="name"/>: its id and full name.</summary>
    public Task<(Guid Id, string Name)> NewLocationAsync(string name) =>
        AsAsync(null, async sp =>
        {
            var unique = $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];
            var organization = sp.GetRequiredService<IOrganizationService>();
            await organization.EnsureOrgUnitAsync("Acme test franchisee", OrgUnitKind.Franchisee, "Acme", CancellationToken.None);
            return (await organization.EnsureOrgUnitAsync(unique, OrgUnitKind.Location, "Acme test franchisee", CancellationToken.None), unique);
        });

    /// <summary>A saved audience of everyone working at these org units (as the system administrator).</summary>
    public async Task<Guid> CreateAudienceOverAsync(params Guid[] orgUnitIds)
    {
        var created = await AsAsync(null, sp => sp.GetRequiredService<IOrganizationService>().CreateAudienceAsync(
            new NewAudience($"Audience {Guid.NewGuid():N}", OrgUnitIds: orgUnitIds), CancellationToken.None));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value;
    }

    /// <summary>Grants the person a role over a unit (or the whole network), as the system administrator.</summary>
    public async Task GrantRoleAsync(TestUser user, PlatformRole role, Guid? orgUnitId = null)
    {
        var granted = await AsAsync(null, sp => sp.GetRequiredService<IOrganizationService>().GrantRoleAsync(user.Id, role, orgUnitId, CancellationToken.None));
        Assert.True(granted.IsSuccess, granted.Error?.Message);
    }

    /// <summary>An API client that authenticates as the person with their bearer token.</summary>
    public HttpClient CreateClientFor(TestUser user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null && _ownsDatabase)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing background task; the temp folder is cleaned by the OS.
        }

        GC.SuppressFinalize(this);
    }
}

public sealed record TestUser(Guid Id, string Email, string Name, bool IsAdministrator, string Token);

/// <summary>One host per test class on SQLite.</summary>
public sealed class SqlitePlatform() : PlatformFactory(TestDatabase.Sqlite);

/// <summary>One host per test class on PostgreSQL.</summary>
public sealed class PostgresPlatform() : PlatformFactory(TestDatabase.Postgres);

/// <summary>The PostgreSQL server the test script started.</summary>
public static class PostgresServer
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("DW_TEST_POSTGRES")
        ?? throw new InvalidOperationException("DW_TEST_POSTGRES is not set: run the tests with ./build/test.sh, which starts PostgreSQL.");
}
