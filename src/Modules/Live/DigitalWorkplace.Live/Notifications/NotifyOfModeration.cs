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
        var notifications = moderated.ReporterIds.Where(r => r != moderated.AuthorId).Select(reporter => New(reporter, NotificationKinds.ReportOutcome(moderated.Outcome), community, url)).ToList();
        if (moderated.Outcome != "Kept")
        {
            notifications.Add(New(moderated.AuthorId, NotificationKinds.ContentModerated(moderated.Outcome), community, $"/communities/{moderated.CommunityId}"));
        }

        db.Notifications.AddRange(notifications);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var notification in notifications)
        {
            await hub.SendAsync(notification, cancellationToken);
        }
    }

    private Notification New(Guid personId, string kind, string text, string url) => new()
    {
        Id = Guid.CreateVersion7(),
        PersonId = personId,
        Kind = kind,
        Text = text,
        Url = url,
        At = clock.GetUtcNow(),
    };
}
