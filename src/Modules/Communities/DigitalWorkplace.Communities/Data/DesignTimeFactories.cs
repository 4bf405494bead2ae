using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DigitalWorkplace.Communities.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without the host.</summary>
internal sealed class SqliteCommunitiesDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCommunitiesDbContext>
{
    public SqliteCommunitiesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCommunitiesDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without the host.</summary>
internal sealed class PostgresCommunitiesDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCommunitiesDbContext>
{
    public PostgresCommunitiesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCommunitiesDbContext>()
            .UseNpgsql("Host=localhost;Database=design", npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", "communities"))
            .Options);
}
