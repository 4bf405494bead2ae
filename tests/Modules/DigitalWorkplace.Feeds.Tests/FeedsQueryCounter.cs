using System.Diagnostics;
using DigitalWorkplace.Feeds.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DigitalWorkplace.Feeds.Tests;

/// <summary>
/// Counts the SQL commands the Feeds module's requests send on one provider, through EF Core's diagnostic
/// events (the host's own contexts, no test double). The outbox dispatcher's polling is left out.
/// </summary>
internal sealed class FeedsQueryCounter : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly bool _sqlite;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    public FeedsQueryCounter(bool sqlite)
    {
        _sqlite = sqlite;
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
            && value.Value is CommandEventData { Context: FeedsDbContext context } data
            && context.Database.IsSqlite() == _sqlite
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
