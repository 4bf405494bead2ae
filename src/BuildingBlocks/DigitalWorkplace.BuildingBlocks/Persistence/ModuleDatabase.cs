using DigitalWorkplace.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace DigitalWorkplace.BuildingBlocks.Persistence;

/// <summary>A module's DbContext names the module's schema (PostgreSQL) and file (SQLite) once, here.</summary>
public interface IModuleSchema
{
    static abstract string SchemaName { get; }
}

/// <summary>One module's database: migrated at start-up and by the <c>migrate</c> command, checked by <c>/health/ready</c>.</summary>
public interface IModuleDatabase
{
    string Module { get; }

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);

    Task<bool> CanConnectAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>True when the model has changed since the last migration of the configured provider.</summary>
    bool HasPendingModelChanges(IServiceProvider services);

    /// <summary>Writes every table of the module into the organization's archive (see <c>ModuleArchive</c>); without credentials, those stay behind.</summary>
    Task<IReadOnlyList<ArchivedTable>> ExportAsync(IServiceProvider services, System.IO.Compression.ZipArchive zip, bool withCredentials, CancellationToken cancellationToken);

    /// <summary>Reads the module's tables from an archive into its empty database, in one transaction.</summary>
    Task<IReadOnlyList<ArchivedTable>> ImportAsync(IServiceProvider services, System.IO.Compression.ZipArchive zip, CancellationToken cancellationToken);

    Task<bool> IsEmptyAsync(IServiceProvider services, CancellationToken cancellationToken);
}

public static class ModuleDatabase
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider. Each provider has its own derived context
    /// type so that its migrations are kept apart (<c>Migrations/Sqlite</c>, <c>Migrations/Postgres</c>).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(this IServiceCollection services, DatabaseOptions options)
        where TContext : DbContext, IModuleSchema
        where TSqlite : TContext
        where TPostgres : TContext
    {
        ArgumentNullException.ThrowIfNull(options);
        var module = TContext.SchemaName;
        if (options.Provider == DatabaseProvider.Postgres)
        {
            var connectionString = options.ConnectionString
                ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.");
            services.AddDbContextPool<TPostgres>((sp, o) => o
                .UseModulePostgres(connectionString, module)
                .AddInterceptors(sp.GetRequiredService<OutboxInterceptor>()));
            services.TryAddScoped<TContext>(sp => sp.GetRequiredService<TPostgres>());
        }
        else
        {
            var file = Path.GetFullPath(Path.Combine(options.DataDirectory, $"{module}.db"));
            services.AddDbContextPool<TSqlite>((sp, o) => o
                .UseSqlite($"Data Source={file};Pooling=True;Default Timeout=30")
                .AddInterceptors(sp.GetRequiredService<OutboxInterceptor>(), SqliteUnicodeCase.Instance));
            services.TryAddScoped<TContext>(sp => sp.GetRequiredService<TSqlite>());
        }

        services.AddSingleton<IModuleDatabase>(new Database<TContext>(module));
        if (typeof(TContext).IsAssignableTo(typeof(IOutboxContext)))
        {
            services.AddSingleton(typeof(IHostedService), typeof(OutboxDispatcher<>).MakeGenericType(typeof(TContext)));
            services.AddSingleton(typeof(IOutbox), typeof(Outbox<>).MakeGenericType(typeof(TContext)));
        }

        return services;
    }

    /// <summary>PostgreSQL as every module uses it: the migration history lives in the module's own schema.</summary>
    public static DbContextOptionsBuilder UseModulePostgres(this DbContextOptionsBuilder options, string connectionString, string module) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", module));

    /// <summary>Options for <c>dotnet ef</c> (design time): no database is opened, only the provider matters.</summary>
    public static DbContextOptions<TContext> DesignTimeSqlite<TContext>()
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=design.db").Options;

    /// <summary>Options for <c>dotnet ef</c> (design time), with the same history table as at run time.</summary>
    public static DbContextOptions<TContext> DesignTimePostgres<TContext>()
        where TContext : DbContext, IModuleSchema
    {
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseModulePostgres("Host=localhost;Database=design", TContext.SchemaName);
        return options.Options;
    }

    private sealed class Database<TContext>(string module) : IModuleDatabase
        where TContext : DbContext
    {
        public string Module => module;

        public bool HasPendingModelChanges(IServiceProvider services)
        {
            using var scope = services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<TContext>().Database.HasPendingModelChanges();
        }

        public Task<IReadOnlyList<ArchivedTable>> ExportAsync(IServiceProvider services, System.IO.Compression.ZipArchive zip, bool withCredentials, CancellationToken cancellationToken) =>
            WithContextAsync(services, db => ModuleArchive.ExportAsync(db, module, zip, withCredentials, cancellationToken));

        public Task<IReadOnlyList<ArchivedTable>> ImportAsync(IServiceProvider services, System.IO.Compression.ZipArchive zip, CancellationToken cancellationToken) =>
            WithContextAsync(services, db => ModuleArchive.ImportAsync(db, module, zip, cancellationToken));

        public Task<bool> IsEmptyAsync(IServiceProvider services, CancellationToken cancellationToken) =>
            WithContextAsync(services, db => ModuleArchive.IsEmptyAsync(db, cancellationToken));

        private static async Task<T> WithContextAsync<T>(IServiceProvider services, Func<TContext, Task<T>> action)
        {
            await using var scope = services.CreateAsyncScope();
            return await action(scope.ServiceProvider.GetRequiredService<TContext>());
        }

        public async Task<bool> CanConnectAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TContext>().Database.CanConnectAsync(cancellationToken);
        }

        public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            await using var scope = services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            if (context.Database.IsSqlite())
            {
                Directory.CreateDirectory(Path.GetDirectoryName(context.Database.GetDbConnection().DataSource)!);
                await context.Database.MigrateAsync(cancellationToken);
                // WAL lets readers go on while the single writer commits; the setting sticks to the file.
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            else
            {
                // Created first, so that a fresh database does not log an error for the history table it lacks.
                await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
                await context.Database.MigrateAsync(cancellationToken);
            }
        }
    }
}
