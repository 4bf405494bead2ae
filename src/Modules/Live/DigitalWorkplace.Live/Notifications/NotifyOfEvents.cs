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

        var notifications = due.PersonIds.Distinct().Select(person => EventNotifications.New(person, NotificationKinds.EventReminder, due.Title, due.CommunityEventId, clock)).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var notification in notifications)
        {
            await hub.SendAsync(notification, cancellationToken);
        }
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

        var notification = EventNotifications.New(given.PersonId, NotificationKinds.EventSpot, given.Title, given.CommunityEventId, clock);
        db.Notifications.Add(notification);
        await db.SaveChangesAsync(cancellationToken);
        await hub.SendAsync(notification, cancellationToken);
    }
}

internal static class EventNotifications
{
    public static Notification New(Guid personId, string kind, string title, Guid eventId, TimeProvider clock) => new()
    {
        Id = Guid.CreateVersion7(),
        PersonId = personId,
        Kind = kind,
        Text = title,
        Url = $"/events/{eventId}",
        At = clock.GetUtcNow(),
    };
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

        var notification = new Notification
        {
            Id = Guid.CreateVersion7(),
            PersonId = updated.PersonId,
            Kind = updated.Answered ? "help-answered" : "help-" + updated.Status.ToString().ToLowerInvariant(),
            Text = "",
            Url = $"/help/{updated.RequestId}",
            At = clock.GetUtcNow(),
        };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync(cancellationToken);
        await hub.SendAsync(notification, cancellationToken);
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

        var notification = new Notification
        {
            Id = Guid.CreateVersion7(),
            PersonId = invited.PersonId,
            Kind = "community-invitation",
            Text = invited.CommunityName,
            Url = $"/communities/{invited.CommunityId}",
            At = clock.GetUtcNow(),
        };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync(cancellationToken);
        await hub.SendAsync(notification, cancellationToken);
    }
}
