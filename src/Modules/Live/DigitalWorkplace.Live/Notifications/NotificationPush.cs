using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Features.ListNotifications;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>The one way a notification is made, kept in the centre and pushed to its person's open screens (on every node, their group).</summary>
internal static class NotificationPush
{
    public static Notification New(Guid personId, string kind, string text, string url, TimeProvider clock) => new()
    {
        Id = Guid.CreateVersion7(),
        PersonId = personId,
        Kind = kind,
        Text = text,
        Url = url,
        At = clock.GetUtcNow(),
    };

    /// <summary>Saves the notifications (with the handler's inbox entry, in one save), then pushes each one.</summary>
    public static async Task DeliverAsync(this LiveDbContext db, IHubContext<LiveEventsHub> hub, IReadOnlyCollection<Notification> notifications, CancellationToken cancellationToken)
    {
        db.Notifications.AddRange(notifications);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var notification in notifications)
        {
            await hub.SendAsync(notification, cancellationToken);
        }
    }

    public static Task SendAsync(this IHubContext<LiveEventsHub> hub, Notification notification, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Person(notification.PersonId)).SendAsync(LiveHub.NotificationReceived, ListNotificationsHandler.ToDto(notification), cancellationToken);
}
