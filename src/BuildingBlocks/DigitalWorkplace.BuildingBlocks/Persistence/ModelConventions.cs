using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DigitalWorkplace.BuildingBlocks.Persistence;

/// <summary>Conventions shared by all module contexts, including those that cannot derive from <see cref="ModuleDbContext"/>.</summary>
public static class ModelConventions
{
    public static void ApplySchema(ModelBuilder modelBuilder, DatabaseFacade database, string schema)
    {
        // SQLite has no schemas: each module gets its own file instead.
        if (!database.IsSqlite())
        {
            modelBuilder.HasDefaultSchema(schema);
        }
    }

    public static void Apply(ModelConfigurationBuilder configurationBuilder, DatabaseFacade database)
    {
        // SQLite cannot order or compare DateTimeOffset; all our times are UTC, so ticks order correctly.
        if (database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
