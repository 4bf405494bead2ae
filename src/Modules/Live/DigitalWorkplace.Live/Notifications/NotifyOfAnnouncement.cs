using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>An announcement reached people, or its author reminded them: each is told once per delivery (inbox), with its title.</summary>
[IntegrationEventSubscriber("live.notify-announcement")]
internal sealed class NotifyOfAnnouncement(LiveDbContext db, IHubContext<LiveEventsHub> hub, TimeProvider clock) : IIntegrationEventHandler<AnnouncementDeliveredIntegrationEvent>
{
    public async Task HandleAsync(AnnouncementDeliveredIntegrationEvent delivered, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(delivered, nameof(NotifyOfAnnouncement), clock, cancellationToken))
        {
            return;
        }

        var kind = NotificationKinds.Announcement(delivered.MustRead, delivered.IsReminder);
        var title = delivered.Title.Length > Notification.TextMaxLength ? delivered.Title[..Notification.TextMaxLength] : delivered.Title;
        await db.DeliverAsync(
            hub, [.. delivered.PersonIds.Distinct().Select(person => NotificationPush.New(person, kind, title, $"/announcements/{delivered.AnnouncementId}", clock))], cancellationToken);
    }
}
