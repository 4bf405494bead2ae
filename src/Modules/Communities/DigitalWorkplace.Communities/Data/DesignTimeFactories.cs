using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace DigitalWorkplace.Communities.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without the host.</summary>
internal sealed class SqliteCommunitiesDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCommunitiesDbContext>
{
    public SqliteCommunitiesDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimeSqlite<SqliteCommunitiesDbContext>());
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without the host.</summary>
internal sealed class PostgresCommunitiesDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCommunitiesDbContext>
{
    public PostgresCommunitiesDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimePostgres<PostgresCommunitiesDbContext>());
}
