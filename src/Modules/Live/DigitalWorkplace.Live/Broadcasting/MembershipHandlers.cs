using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Broadcasting;

/// <summary>
/// A membership changed: re-sync the person's connections open on this node at once, and tell all their
/// connections (every node, through the backplane) to <c>Resubscribe</c>, since only the node holding a
/// connection knows it belongs to this person.
/// </summary>
[IntegrationEventSubscriber("live.sync-membership")]
internal sealed class MembershipChanged(IHubContext<LiveEventsHub> hub, CommunitySubscriptions subscriptions)
    : IIntegrationEventHandler<MemberJoinedIntegrationEvent>, IIntegrationEventHandler<MemberLeftIntegrationEvent>
{
    public Task HandleAsync(MemberJoinedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        ResyncAsync(integrationEvent.PersonId, new LiveMembershipMessage(integrationEvent.CommunityId, IsMember: true), cancellationToken);

    public Task HandleAsync(MemberLeftIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        ResyncAsync(integrationEvent.PersonId, new LiveMembershipMessage(integrationEvent.CommunityId, IsMember: false), cancellationToken);

    private async Task ResyncAsync(Guid personId, LiveMembershipMessage message, CancellationToken cancellationToken)
    {
        await subscriptions.SyncPersonAsync(personId, cancellationToken);
        await hub.Clients.Group(LiveGroups.Person(personId)).SendAsync(LiveHubEvents.MembershipChanged, message, cancellationToken);
    }
}
