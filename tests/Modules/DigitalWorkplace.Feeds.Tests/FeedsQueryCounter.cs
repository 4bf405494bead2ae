using System.Diagnostics;
using DigitalWorkplace.Feeds.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DigitalWorkplace.Feeds.Tests;

/// <summary>
/// Counts the SQL commands the Feeds module's requests send to one host's database, through EF Core's diagnostic
/// events (the host's own contexts, no test double; other hosts of the test run have their own files and databases).
/// The outbox dispatcher's polling is left out.
/// </summary>
internal sealed class FeedsQueryCounter : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly Func<System.Data.Common.DbConnection, bool> _ofThisHost;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    public FeedsQueryCounter(DigitalWorkplace.Testing.PlatformFactory platform)
    {
        var postgresDatabase = platform.PostgresConnectionString is { } postgres ? new Npgsql.NpgsqlConnectionStringBuilder(postgres).Database : null;
        _ofThisHost = connection => postgresDatabase is null
            ? connection.DataSource.StartsWith(platform.DataDirectory, StringComparison.Ordinal)
            : connection.Database == postgresDatabase;
        lock (_subscriptions)
        {
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }
    }

    /// <summary>The commands counted since the last call.</summary>
    public int Take() => Interlocked.Exchange(ref _count, 0);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name
            && value.Value is CommandEventData { Context: FeedsDbContext } data
            && data.Command.Connection is { } connection && _ofThisHost(connection)
            && !data.Command.CommandText.Contains("outbox_messages", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
            _subscriptions.Clear();
        }
    }
}
