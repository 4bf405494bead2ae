using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace DigitalWorkplace.Onboarding.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without the host.</summary>
internal sealed class SqliteOnboardingDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOnboardingDbContext>
{
    public SqliteOnboardingDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimeSqlite<SqliteOnboardingDbContext>());
}

internal sealed class PostgresOnboardingDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOnboardingDbContext>
{
    public PostgresOnboardingDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabase.DesignTimePostgres<PostgresOnboardingDbContext>());
}
