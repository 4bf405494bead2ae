using System.Security.Claims;

namespace DigitalWorkplace.Live.Hubs;

/// <summary>One connection to this node, who opened it with what credential, and the community groups it was put in.</summary>
internal sealed class LiveConnection(string connectionId, Guid personId, ClaimsPrincipal user, Action abort)
{
    private HashSet<Guid> _communities = [];

    public string ConnectionId => connectionId;

    public Guid PersonId => personId;

    /// <summary>The principal the connection was opened with: its credential claim is what gets checked again.</summary>
    public ClaimsPrincipal User => user;

    public void Abort() => abort();

    /// <summary>
    /// Held for a whole sync — membership read, <see cref="MoveTo"/> and the group calls — so that two syncs of one
    /// connection (on connect, when told, by the guard) cannot interleave and leave it in a group it no longer records.
    /// </summary>
    public SemaphoreSlim Syncing { get; } = new(1, 1);

    /// <summary>Records the new set of groups and returns what must be joined and left to get there (under <see cref="Syncing"/>).</summary>
    public (IReadOnlyList<Guid> Join, IReadOnlyList<Guid> Leave) MoveTo(IReadOnlyCollection<Guid> communities)
    {
        var next = communities.ToHashSet();
        var join = next.Where(id => !_communities.Contains(id)).ToList();
        var leave = _communities.Where(id => !next.Contains(id)).ToList();
        _communities = next;
        return (join, leave);
    }
}

/// <summary>
/// The connections open on THIS node, by person. SignalR has no server-side "remove this user from a group":
/// group membership is per connection, so the server must know a person's connection ids to take them out
/// of a community they left. This registry knows them for the local node only (see docs/modules/live.md).
/// </summary>
internal sealed class LiveConnections
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Dictionary<string, LiveConnection>> _byPerson = [];

    public LiveConnection Add(string connectionId, Guid personId, ClaimsPrincipal user, Action abort)
    {
        var connection = new LiveConnection(connectionId, personId, user, abort);
        lock (_gate)
        {
            if (!_byPerson.TryGetValue(personId, out var connections))
            {
                _byPerson[personId] = connections = new Dictionary<string, LiveConnection>(StringComparer.Ordinal);
            }

            connections[connectionId] = connection;
        }

        return connection;
    }

    public void Remove(string connectionId, Guid personId)
    {
        lock (_gate)
        {
            if (_byPerson.TryGetValue(personId, out var connections) && connections.Remove(connectionId) && connections.Count == 0)
            {
                _byPerson.Remove(personId);
            }
        }
    }

    public LiveConnection? Find(string connectionId, Guid personId)
    {
        lock (_gate)
        {
            return _byPerson.TryGetValue(personId, out var connections) && connections.TryGetValue(connectionId, out var connection) ? connection : null;
        }
    }

    public IReadOnlyList<LiveConnection> All()
    {
        lock (_gate)
        {
            return [.. _byPerson.Values.SelectMany(c => c.Values)];
        }
    }

    public IReadOnlyList<LiveConnection> OfPerson(Guid personId)
    {
        lock (_gate)
        {
            return _byPerson.TryGetValue(personId, out var connections) ? [.. connections.Values] : [];
        }
    }
}
