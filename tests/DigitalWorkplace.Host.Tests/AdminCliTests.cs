using System.Diagnostics;

namespace DigitalWorkplace.Host.Tests;

/// <summary>The admin CLI as an operator runs it: the host executable in its own process, on a fresh data folder.</summary>
public sealed class AdminCliTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("dw-cli-").FullName;

    [Fact]
    public async Task Help_ListsEveryCommand()
    {
        var help = await RunAsync("--help");

        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "migrate", "seed-demo", "users create", "tokens create", "search reindex", "export", "import", "outbox dead-letters", "outbox retry" })
        {
            Assert.Contains(command, help.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ExportThenImport_IntoANewInstance_BringsBackTheSameOrganization_AndRefusesAFullOne()
    {
        var archive = Path.Combine(_data, "organization.zip");
        var copy = Path.Combine(_data, "copy");
        var again = Path.Combine(_data, "again.zip");
        Assert.Equal(0, (await RunAsync("seed-demo")).ExitCode);

        var exported = await RunAsync("export", "--out", archive);
        var imported = await RunInAsync(Directory.CreateDirectory(copy).FullName, "import", "--in", archive);
        var reexported = await RunInAsync(copy, "export", "--out", again);
        var twice = await RunInAsync(copy, "import", "--in", archive);

        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("Reindexed", imported.Output, StringComparison.Ordinal);
        Assert.Equal(0, reexported.ExitCode);
        Assert.Equal(1, twice.ExitCode);
        Assert.Contains("already holds data", twice.Error, StringComparison.Ordinal);
        var original = Tables(archive);
        Assert.Contains("identity/people.jsonl", original.Keys);
        Assert.Contains("feeds/posts.jsonl", original.Keys);
        Assert.True(original["identity/people.jsonl"].Count > 10);
        Assert.Equal(original.Keys.Order(), Tables(again).Keys.Order());
        foreach (var (table, rows) in Tables(again))
        {
            Assert.True(original[table].SequenceEqual(rows), $"{table} differs after the round trip");
        }
    }

    /// <summary>Every table of an archive, its rows sorted (a database returns them in its own order).</summary>
    private static Dictionary<string, List<string>> Tables(string archive)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(archive);
        return zip.Entries.Where(e => e.FullName.EndsWith(".jsonl", StringComparison.Ordinal)).ToDictionary(
            e => e.FullName,
            e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
            });
    }

    [Fact]
    public async Task CommandHelp_DescribesItsOptions()
    {
        var help = await RunAsync("users", "create", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--email", help.Output, StringComparison.Ordinal);
        Assert.Contains("--type", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsWithUsageError()
    {
        var result = await RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown command 'frobnicate'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersCreate_ThenTokensCreate_PrintsAWorkingToken()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);

        var created = await RunAsync("users", "create", "--email", "ana@example.com", "--name", "Ana Lima", "--type", "seasonal");
        var token = await RunAsync("tokens", "create", "--user", "ana@example.com");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("Created Ana Lima <ana@example.com> (seasonal). Password: ", created.Output, StringComparison.Ordinal);
        Assert.Equal(0, token.ExitCode);
        Assert.StartsWith("dwp_", token.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersCreate_BadInput_ExitsNonZeroNamingEachField()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);

        var missing = await RunAsync("users", "create", "--name", "No Email");
        var invalid = await RunAsync("users", "create", "--email", "not-an-email", "--name", "X", "--password", "short");
        var badType = await RunAsync("users", "create", "--email", "a@b.example", "--name", "X", "--type", "intern");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--email is required", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, invalid.ExitCode);
        Assert.Contains("email:", invalid.Error, StringComparison.Ordinal);
        Assert.Contains("password:", invalid.Error, StringComparison.Ordinal);
        Assert.Equal(2, badType.ExitCode);
        Assert.Contains("--type must be one of", badType.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokensCreate_UnknownPerson_ExitsNonZero()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);

        var result = await RunAsync("tokens", "create", "--user", "nobody@example.com");

        Assert.Equal(1, result.ExitCode);
        Assert.NotEmpty(result.Error.Trim());
    }

    [Fact]
    public async Task SeedDemo_ThenSearchReindex_IndexesTheDemoOrganization()
    {
        var seeded = await RunAsync("seed-demo");
        var reindexed = await RunAsync("search", "reindex");

        Assert.Equal(0, seeded.ExitCode);
        Assert.Contains("Sign in as camille.martin@lumiere.example / ", seeded.Output, StringComparison.Ordinal);
        Assert.Equal(0, reindexed.ExitCode);
        Assert.Matches(@"Reindexed \d{3,} documents\.", reindexed.Output);
    }

    [Fact]
    public async Task OutboxDeadLetters_ThenRetry_ListsThemAndMakesThemDueAgain()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        // No host runs here, so the new person's deliveries wait; one of them is made a dead letter, as if it had failed 15 times.
        Assert.Equal(0, (await RunAsync("users", "create", "--email", "ana@example.com", "--name", "Ana Lima")).ExitCode);
        await ExecuteAsync("identity.db", """UPDATE outbox_deliveries SET "DeadAt" = 638900000000000000, "Attempts" = 15, "LastError" = 'search cluster down' WHERE "Subscriber" = 'search.index-person'""");

        var listed = await RunAsync("outbox", "dead-letters");
        var retried = await RunAsync("outbox", "retry", "--subscriber", "search.index-person");
        var after = await RunAsync("outbox", "dead-letters");

        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("identity.person-registered\tsearch.index-person\t15 attempts", listed.Output, StringComparison.Ordinal);
        Assert.Contains("search cluster down", listed.Output, StringComparison.Ordinal);
        Assert.Equal(0, retried.ExitCode);
        Assert.Contains("1 dead letter(s) will be delivered again.", retried.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("search.index-person", after.Output, StringComparison.Ordinal);
        Assert.Contains("0 dead letter(s)", after.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private async Task ExecuteAsync(string databaseFile, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data, databaseFile)};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
    }

    private sealed record CliResult(int ExitCode, string Output, string Error);

    private Task<CliResult> RunAsync(params string[] args) => RunInAsync(_data, args);

    private static async Task<CliResult> RunInAsync(string data, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = data,
        };
        start.ArgumentList.Add(HostExecutable);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add($"--Database:DataDirectory={data}");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }

    /// <summary>The host as built next to its project, the way `dotnet run --project src/Host/...` runs it.</summary>
    private static string HostExecutable { get; } = FindHost();

    private static string FindHost()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DigitalWorkplace.sln")))
        {
            directory = directory.Parent;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0
        return Path.Combine(directory!.FullName, "src", "Host", "DigitalWorkplace.Host", "bin", configuration, "net10.0", "DigitalWorkplace.Host.dll");
    }
}
