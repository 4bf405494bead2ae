using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Hubs;

/// <summary>
/// The live hub (<c>LiveHub.Path</c>): signed-in people only. Each connection joins its person's group and the
/// groups of the communities they are members of; the server only ever sends, except <see cref="Resubscribe"/>.
/// </summary>
[Authorize]
internal sealed class LiveEventsHub(LiveConnections connections, CommunitySubscriptions subscriptions) : Hub
{
    public override async Task OnConnectedAsync()
    {
        var personId = PersonId();
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Person(personId), Context.ConnectionAborted);
        var connection = connections.Add(Context.ConnectionId, personId, Context.User!, Context.Abort);
        await subscriptions.SyncAsync(connection, Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        // SignalR drops a closed connection from all its groups itself; only our registry needs telling.
        connections.Remove(Context.ConnectionId, PersonId());
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Recomputes this connection's community groups; the client calls it on <c>membershipChanged</c>.</summary>
    public async Task Resubscribe()
    {
        var personId = PersonId();
        var connection = connections.Find(Context.ConnectionId, personId) ?? connections.Add(Context.ConnectionId, personId, Context.User!, Context.Abort);
        await subscriptions.SyncAsync(connection, Context.ConnectionAborted);
    }

    private Guid PersonId() =>
        PlatformClaims.PersonIdOf(Context.User) ?? throw new HubException("The connection has no person.");
}
