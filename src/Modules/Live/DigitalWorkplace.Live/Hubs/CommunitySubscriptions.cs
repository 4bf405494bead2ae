using DigitalWorkplace.Communities.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Hubs;

/// <summary>
/// Puts a connection in exactly the community groups its person is a member of, as the Communities module
/// answers now (deny by default: no answer, no group). Leaves are applied before joins.
/// </summary>
internal sealed class CommunitySubscriptions(ICommunityAccess access, IHubContext<LiveEventsHub> hub, LiveConnections connections)
{
    public async Task SyncAsync(LiveConnection connection, CancellationToken cancellationToken)
    {
        await connection.Syncing.WaitAsync(cancellationToken);
        try
        {
            var memberships = await access.CurrentMembershipsAsync(connection.PersonId, cancellationToken);
            var (join, leave) = connection.MoveTo(memberships);
            foreach (var communityId in leave)
            {
                await hub.Groups.RemoveFromGroupAsync(connection.ConnectionId, LiveGroups.Community(communityId), cancellationToken);
            }

            foreach (var communityId in join)
            {
                await hub.Groups.AddToGroupAsync(connection.ConnectionId, LiveGroups.Community(communityId), cancellationToken);
            }
        }
        finally
        {
            connection.Syncing.Release();
        }
    }

    /// <summary>Re-syncs the person's connections open on this node (others resubscribe when told).</summary>
    public async Task SyncPersonAsync(Guid personId, CancellationToken cancellationToken)
    {
        foreach (var connection in connections.OfPerson(personId))
        {
            await SyncAsync(connection, cancellationToken);
        }
    }
}
