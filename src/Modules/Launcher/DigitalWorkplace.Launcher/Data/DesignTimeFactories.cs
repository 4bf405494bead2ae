using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace DigitalWorkplace.Launcher.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without the host.</summary>
internal sealed class SqliteLauncherDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLauncherDbContext>
{
    public SqliteLauncherDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimeSqlite<SqliteLauncherDbContext>());
}

internal sealed class PostgresLauncherDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLauncherDbContext>
{
    public PostgresLauncherDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimePostgres<PostgresLauncherDbContext>());
}
