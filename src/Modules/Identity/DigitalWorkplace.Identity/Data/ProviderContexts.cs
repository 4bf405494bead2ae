using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace DigitalWorkplace.Identity.Data;

/// <summary>The SQLite flavour, so that its migrations live apart from PostgreSQL's.</summary>
internal sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options) : IdentityModuleDbContext(options);

/// <summary>The PostgreSQL flavour (schema "identity").</summary>
internal sealed class PostgresIdentityDbContext(DbContextOptions<PostgresIdentityDbContext> options) : IdentityModuleDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without the host.</summary>
internal sealed class SqliteIdentityDbContextFactory : IDesignTimeDbContextFactory<SqliteIdentityDbContext>
{
    public SqliteIdentityDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimeSqlite<SqliteIdentityDbContext>());
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without the host.</summary>
internal sealed class PostgresIdentityDbContextFactory : IDesignTimeDbContextFactory<PostgresIdentityDbContext>
{
    public PostgresIdentityDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimePostgres<PostgresIdentityDbContext>());
}
