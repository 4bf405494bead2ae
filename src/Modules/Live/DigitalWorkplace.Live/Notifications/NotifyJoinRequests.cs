using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Features.ListNotifications;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>Someone asked to join a private community: each of its owners and moderators is told, once per event (inbox).</summary>
[IntegrationEventSubscriber("live.notify-join-request")]
internal sealed class NotifyManagersOfJoinRequest(LiveDbContext db, IHubContext<LiveEventsHub> hub, IPeopleDirectory people, TimeProvider clock)
    : IIntegrationEventHandler<JoinRequestedIntegrationEvent>
{
    public async Task HandleAsync(JoinRequestedIntegrationEvent requested, CancellationToken cancellationToken)
    {
        if (requested.ManagerIds.Count == 0 || await db.AlreadyHandledAsync(requested, nameof(NotifyManagersOfJoinRequest), clock, cancellationToken))
        {
            return;
        }

        var requester = (await people.GetManyAsync(new HashSet<Guid> { requested.PersonId }, cancellationToken)).GetValueOrDefault(requested.PersonId)?.DisplayName ?? "";
        await db.DeliverAsync(hub, [.. requested.ManagerIds.Distinct().Select(manager => NotificationPush.New(
            manager, NotificationKinds.JoinRequest, $"{requester} · {requested.CommunityName}", $"/communities/{requested.CommunityId}", clock))], cancellationToken);
    }
}

/// <summary>The requester hears the outcome of their request.</summary>
[IntegrationEventSubscriber("live.notify-join-decision")]
internal sealed class NotifyRequesterOfDecision(LiveDbContext db, IHubContext<LiveEventsHub> hub, TimeProvider clock) : IIntegrationEventHandler<JoinRequestDecidedIntegrationEvent>
{
    public async Task HandleAsync(JoinRequestDecidedIntegrationEvent decided, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(decided, nameof(NotifyRequesterOfDecision), clock, cancellationToken))
        {
            return;
        }

        await db.DeliverAsync(hub, [NotificationPush.New(
            decided.PersonId, decided.Approved ? NotificationKinds.JoinApproved : NotificationKinds.JoinDeclined, decided.CommunityName,
            decided.Approved ? $"/communities/{decided.CommunityId}" : "/communities", clock)], cancellationToken);
    }
}
