using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>
/// A moderator decided: each reporter learns the outcome (never who else reported), and the author learns that what they
/// wrote was hidden or deleted. Once per event (inbox).
/// </summary>
[IntegrationEventSubscriber("live.notify-moderation")]
internal sealed class NotifyOfModeration(LiveDbContext db, IHubContext<LiveEventsHub> hub, ICommunityDirectory communities, TimeProvider clock)
    : IIntegrationEventHandler<ContentModeratedIntegrationEvent>
{
    public async Task HandleAsync(ContentModeratedIntegrationEvent moderated, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(moderated, nameof(NotifyOfModeration), clock, cancellationToken))
        {
            return;
        }

        var community = (await communities.NamesAsync([moderated.CommunityId], cancellationToken)).GetValueOrDefault(moderated.CommunityId, "");
        // A kept or hidden post stays at its address (a hidden one answers "not found" to readers); a deleted one is gone.
        var url = moderated.Outcome == "Deleted" ? $"/communities/{moderated.CommunityId}" : $"/posts/{moderated.PostId}";
        var notifications = moderated.ReporterIds.Where(r => r != moderated.AuthorId).Select(reporter => NotificationPush.New(reporter, NotificationKinds.ReportOutcome(moderated.Outcome), community, url, clock)).ToList();
        if (moderated.Outcome != "Kept")
        {
            notifications.Add(NotificationPush.New(moderated.AuthorId, NotificationKinds.ContentModerated(moderated.Outcome), community, $"/communities/{moderated.CommunityId}", clock));
        }

        await db.DeliverAsync(hub, notifications, cancellationToken);
    }
}
