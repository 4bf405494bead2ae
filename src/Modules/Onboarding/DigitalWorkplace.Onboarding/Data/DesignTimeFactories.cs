using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DigitalWorkplace.Onboarding.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without the host.</summary>
internal sealed class SqliteOnboardingDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOnboardingDbContext>
{
    public SqliteOnboardingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOnboardingDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresOnboardingDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOnboardingDbContext>
{
    public PostgresOnboardingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOnboardingDbContext>()
            .UseNpgsql("Host=localhost;Database=design", npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", OnboardingDbContext.SchemaName))
            .Options);
}
