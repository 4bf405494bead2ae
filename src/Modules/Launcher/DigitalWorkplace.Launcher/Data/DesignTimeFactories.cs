using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DigitalWorkplace.Launcher.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without the host.</summary>
internal sealed class SqliteLauncherDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLauncherDbContext>
{
    public SqliteLauncherDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLauncherDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresLauncherDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLauncherDbContext>
{
    public PostgresLauncherDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLauncherDbContext>()
            .UseNpgsql("Host=localhost;Database=design", npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", LauncherDbContext.SchemaName))
            .Options);
}
