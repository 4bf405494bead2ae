using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>An event starts soon: everyone coming is reminded, once per event (inbox).</summary>
[IntegrationEventSubscriber("live.notify-event-reminder")]
internal sealed class NotifyOfEventReminder(LiveDbContext db, IHubContext<LiveEventsHub> hub, TimeProvider clock) : IIntegrationEventHandler<EventReminderDueIntegrationEvent>
{
    public async Task HandleAsync(EventReminderDueIntegrationEvent due, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(due, nameof(NotifyOfEventReminder), clock, cancellationToken))
        {
            return;
        }

        await db.DeliverAsync(
            hub, [.. due.PersonIds.Distinct().Select(person => NotificationPush.New(person, NotificationKinds.EventReminder, due.Title, $"/events/{due.CommunityEventId}", clock))], cancellationToken);
    }
}

/// <summary>A spot freed up and the person waiting longest now comes: they are told.</summary>
[IntegrationEventSubscriber("live.notify-event-spot")]
internal sealed class NotifyOfEventSpot(LiveDbContext db, IHubContext<LiveEventsHub> hub, TimeProvider clock) : IIntegrationEventHandler<EventSpotGivenIntegrationEvent>
{
    public async Task HandleAsync(EventSpotGivenIntegrationEvent given, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(given, nameof(NotifyOfEventSpot), clock, cancellationToken))
        {
            return;
        }

        await db.DeliverAsync(hub, [NotificationPush.New(given.PersonId, NotificationKinds.EventSpot, given.Title, $"/events/{given.CommunityEventId}", clock)], cancellationToken);
    }
}


/// <summary>Support answered a help request, or its status changed: the requester is told (the text stays in the request).</summary>
[IntegrationEventSubscriber("live.notify-help")]
internal sealed class NotifyOfHelp(LiveDbContext db, IHubContext<LiveEventsHub> hub, TimeProvider clock) : IIntegrationEventHandler<HelpRequestUpdatedIntegrationEvent>
{
    public async Task HandleAsync(HelpRequestUpdatedIntegrationEvent updated, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(updated, nameof(NotifyOfHelp), clock, cancellationToken))
        {
            return;
        }

        await db.DeliverAsync(hub, [NotificationPush.New(updated.PersonId, NotificationKinds.Help(updated.Answered, updated.Status.ToString()), "", $"/help/{updated.RequestId}", clock)], cancellationToken);
    }
}

/// <summary>Someone was invited into a community: they are told, and decide on its page.</summary>
[IntegrationEventSubscriber("live.notify-invitation")]
internal sealed class NotifyOfInvitation(LiveDbContext db, IHubContext<LiveEventsHub> hub, TimeProvider clock) : IIntegrationEventHandler<MemberInvitedIntegrationEvent>
{
    public async Task HandleAsync(MemberInvitedIntegrationEvent invited, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(invited, nameof(NotifyOfInvitation), clock, cancellationToken))
        {
            return;
        }

        await db.DeliverAsync(hub, [NotificationPush.New(invited.PersonId, NotificationKinds.CommunityInvitation, invited.CommunityName, $"/communities/{invited.CommunityId}", clock)], cancellationToken);
    }
}
