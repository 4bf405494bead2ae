using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace DigitalWorkplace.Feeds.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without the host.</summary>
internal sealed class SqliteFeedsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFeedsDbContext>
{
    public SqliteFeedsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimeSqlite<SqliteFeedsDbContext>());
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without the host.</summary>
internal sealed class PostgresFeedsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFeedsDbContext>
{
    public PostgresFeedsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimePostgres<PostgresFeedsDbContext>());
}
