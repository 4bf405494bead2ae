using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DigitalWorkplace.BuildingBlocks.Persistence;

/// <summary>
/// SQLite's own <c>upper()</c> and <c>lower()</c> change ASCII letters only, so a search for "zoé" missed "Zoé" there
/// while PostgreSQL found it. Every SQLite connection gets Unicode versions instead (invariant culture, as the searches
/// upper-case what is typed), and case-insensitive searches behave the same on both databases.
/// </summary>
internal sealed class SqliteUnicodeCase : DbConnectionInterceptor
{
    public static readonly SqliteUnicodeCase Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("upper", (string? text) => text?.ToUpperInvariant(), isDeterministic: true);
            sqlite.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
        }
    }
}
