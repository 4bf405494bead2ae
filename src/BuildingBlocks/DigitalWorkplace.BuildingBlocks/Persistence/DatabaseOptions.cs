namespace DigitalWorkplace.BuildingBlocks.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL connection string; each module lives in its own schema of that database.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where SQLite files (one per module), the search index and keys live.</summary>
    public string DataDirectory { get; set; } = "data";

    public bool MigrateOnStartup { get; set; } = true;
}
