using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DigitalWorkplace.Feeds.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without the host.</summary>
internal sealed class SqliteFeedsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFeedsDbContext>
{
    public SqliteFeedsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFeedsDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without the host.</summary>
internal sealed class PostgresFeedsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFeedsDbContext>
{
    public PostgresFeedsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresFeedsDbContext>()
            .UseNpgsql("Host=localhost;Database=design", npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", "feeds"))
            .Options);
}
