using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace DigitalWorkplace.Live.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without the host.</summary>
internal sealed class SqliteLiveDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLiveDbContext>
{
    public SqliteLiveDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimeSqlite<SqliteLiveDbContext>());
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without the host.</summary>
internal sealed class PostgresLiveDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLiveDbContext>
{
    public PostgresLiveDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimePostgres<PostgresLiveDbContext>());
}
