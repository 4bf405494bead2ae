using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Features.ListNotifications;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>A saved notification to its person's open screens, on every node (the person's group).</summary>
internal static class NotificationPush
{
    public static Task SendAsync(this IHubContext<LiveEventsHub> hub, Notification notification, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Person(notification.PersonId)).SendAsync(LiveHub.NotificationReceived, ListNotificationsHandler.ToDto(notification), cancellationToken);
}
