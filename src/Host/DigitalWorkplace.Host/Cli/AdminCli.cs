using DigitalWorkplace.BuildingBlocks.Security;
using DigitalWorkplace.Host.Demo;
using DigitalWorkplace.Host.Startup;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Search.Contracts;
using Microsoft.Extensions.Logging.Console;

namespace DigitalWorkplace.Host.Cli;

/// <summary>
/// The administration commands of the host: `dotnet run --project src/Host/DigitalWorkplace.Host -- &lt;command&gt;`.
/// They run against the configured database without starting the web server.
/// </summary>
internal static class AdminCli
{
    private static readonly CliCommand[] Commands =
    [
        new("migrate", "Applies every module's database migrations.", [], MigrateAsync),
        new("seed-demo", "Seeds the demo café franchise when the database is empty, and prints its sign-in.", [], SeedDemoAsync),
        new("users create", "Creates a person with a local account and prints the password.",
            ["--email <address>        required", "--name <display name>     required", "--password <password>     optional; generated when omitted",
             "--type <permanent|seasonal|franchise|external>   default permanent", "--admin                   makes the person an administrator"],
            CreateUserAsync),
        new("tokens create", "Creates a personal access token for a person and prints it (shown once).",
            ["--user <email>            required", "--name <token name>       default \"cli\""], CreateTokenAsync),
        new("search reindex", "Rebuilds the search index from the modules' data.", [], ReindexAsync),
        new("export", "Writes the whole organization (every module's data, docs/export-format.md) into one ZIP archive.",
            ["--out <file.zip>          required; overwritten"], ExportAsync),
        new("import", "Reads an organization archive into this empty instance (a new database), then rebuilds the search index.",
            ["--in <file.zip>           required"], ImportAsync),
        .. OutboxCommands.All,
    ];

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (args[0] is "--help" or "-h" or "help" || Commands.Any(c => c.Matches(args)) || IsUnknownCommand(args));

    public static async Task<int> RunAsync(string[] args)
    {
        if (args[0] is "--help" or "-h" or "help")
        {
            PrintUsage(Console.Out);
            return 0;
        }

        var command = Commands.FirstOrDefault(c => c.Matches(args));
        if (command is null)
        {
            await Console.Error.WriteLineAsync($"Unknown command '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}'.");
            PrintUsage(Console.Error);
            return 2;
        }

        try
        {
            var options = CliOptions.Parse(args[command.Words.Length..]);
            if (options.Has("--help") || options.Has("-h"))
            {
                command.PrintHelp(Console.Out);
                return 0;
            }

            var app = PlatformHost.Build(options.ConfigurationArgs, QuietLogging);
            return await command.Run(app, options);
        }
        catch (CliUsageException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            command.PrintHelp(Console.Error);
            return 2;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.Data.Common.DbException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"{command.Name} failed: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Warnings and errors only, on stderr: stdout carries the command's answer (a token, a password) for scripts.</summary>
    private static void QuietLogging(WebApplicationBuilder builder)
    {
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore.StaticFiles"] = "Error";
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    // A first word that is not an option, e.g. `dotnet run -- frobnicate`, is a mistyped command, not configuration.
    private static bool IsUnknownCommand(string[] args) => !args[0].StartsWith('-');

    private static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: DigitalWorkplace.Host [command] [options] [--Section:Key=value ...]");
        writer.WriteLine("Without a command, runs the web host. Commands:");
        foreach (var command in Commands)
        {
            writer.WriteLine($"  {command.Name,-16} {command.Description}");
        }

        writer.WriteLine("Run '<command> --help' for a command's options. Configuration (e.g. --Database:Provider=Postgres) applies to every command.");
    }

    private static async Task<int> MigrateAsync(WebApplication app, CliOptions options)
    {
        await Preparation.MigrateAsync(app.Services, CancellationToken.None);
        Console.WriteLine("Migrations applied.");
        return 0;
    }

    private static async Task<int> SeedDemoAsync(WebApplication app, CliOptions options)
    {
        await Preparation.MigrateAsync(app.Services, CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var demo = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None);
        Console.WriteLine(demo is null
            ? "The database already has data; nothing seeded."
            : $"Demo seeded. Sign in as {demo.Email} / {demo.Password}");
        return 0;
    }

    private static async Task<int> CreateUserAsync(WebApplication app, CliOptions options)
    {
        var email = options.Required("--email");
        var name = options.Required("--name");
        var typeText = options.Value("--type") ?? nameof(EmploymentType.Permanent);
        if (!Enum.TryParse<EmploymentType>(typeText, ignoreCase: true, out var type) || !Enum.IsDefined(type))
        {
            throw new CliUsageException($"--type must be one of: {string.Join(", ", Enum.GetNames<EmploymentType>()).ToLowerInvariant()}.");
        }

        var password = options.Value("--password") ?? PasswordGenerator.Generate();
        await using var scope = AsSystem(app);
        var result = await scope.ServiceProvider.GetRequiredService<IAccountService>()
            .CreateAccountAsync(new NewAccount(email, name, password, type, options.Has("--admin")), CancellationToken.None);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        Console.WriteLine($"Created {result.Value!.DisplayName} <{email}> ({type.ToString().ToLowerInvariant()}). Password: {password}");
        return 0;
    }

    private static async Task<int> CreateTokenAsync(WebApplication app, CliOptions options)
    {
        var email = options.Required("--user");
        await using var scope = AsSystem(app);
        var result = await scope.ServiceProvider.GetRequiredService<IAccountService>()
            .CreateTokenAsync(email, options.Value("--name") ?? "cli", CancellationToken.None);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        // The token alone on stdout, so scripts can capture it: TOKEN=$(... tokens create --user x).
        Console.WriteLine(result.Value!.Token);
        return 0;
    }

    private static async Task<int> ReindexAsync(WebApplication app, CliOptions options)
    {
        await using var scope = AsSystem(app);
        var progress = new Progress<int>(count => Console.Error.Write($"\rIndexed {count} documents"));
        var total = await scope.ServiceProvider.GetRequiredService<ISearchAdministration>().ReindexAsync(progress, CancellationToken.None);
        Console.Error.WriteLine();
        Console.WriteLine($"Reindexed {total} documents.");
        return 0;
    }

    private static async Task<int> ExportAsync(WebApplication app, CliOptions options)
    {
        var path = Path.GetFullPath(options.Required("--out"));
        await Preparation.MigrateAsync(app.Services, CancellationToken.None);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using (var file = File.Create(path))
        {
            var manifest = await app.Services.GetRequiredService<BuildingBlocks.Persistence.OrganizationArchive>().ExportAsync(file, withCredentials: true, CancellationToken.None);
            Console.Error.WriteLine($"{manifest.Tables.Count} tables, {manifest.Tables.Sum(t => t.Rows)} rows in {clock.Elapsed.TotalSeconds:0.0} s");
        }

        Console.WriteLine($"Exported to {path} ({new FileInfo(path).Length / 1024} KiB).");
        return 0;
    }

    private static async Task<int> ImportAsync(WebApplication app, CliOptions options)
    {
        var path = Path.GetFullPath(options.Required("--in"));
        if (!File.Exists(path))
        {
            throw new CliUsageException($"{path} does not exist.");
        }

        await Preparation.MigrateAsync(app.Services, CancellationToken.None);
        BuildingBlocks.Persistence.ArchiveManifest manifest;
        await using (var file = File.OpenRead(path))
        {
            manifest = await app.Services.GetRequiredService<BuildingBlocks.Persistence.OrganizationArchive>().ImportAsync(file, CancellationToken.None);
        }

        Console.Error.WriteLine($"Imported {manifest.Tables.Sum(t => t.Rows)} rows in {manifest.Tables.Count} tables (exported {manifest.ExportedAt:u}); rebuilding the search index...");
        return await ReindexAsync(app, options);
    }

    private static AsyncServiceScope AsSystem(WebApplication app)
    {
        var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(Guid.Empty, isAdministrator: true);
        return scope;
    }

    private static int Fail(BuildingBlocks.Results.Error error)
    {
        Console.Error.WriteLine($"{error.Message} ({error.Code})");
        foreach (var (field, errors) in error.Fields ?? new Dictionary<string, BuildingBlocks.Results.FieldError[]>())
        {
            Console.Error.WriteLine($"  {field}: {string.Join(" ", errors.Select(e => e.Message))}");
        }

        return 1;
    }
}
