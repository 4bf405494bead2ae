using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>
/// Reactions to a person's post, grouped: while they have not read it, one notification per post says who reacted
/// ("Ana, Bo and 3 others"), brought up to date by each new reaction instead of a notice per tap. Their own reactions
/// tell them nothing; a post they can no longer read tells them nothing; the "reactions" group can be turned off.
/// </summary>
[IntegrationEventSubscriber("live.notify-reactions")]
internal sealed class NotifyOfReactions(LiveDbContext db, IHubContext<LiveEventsHub> hub, ICommunityAccess access, IPeopleDirectory people, TimeProvider clock)
    : IIntegrationEventHandler<ReactionAddedIntegrationEvent>
{
    public async Task HandleAsync(ReactionAddedIntegrationEvent reaction, CancellationToken cancellationToken)
    {
        if (reaction.PersonId == reaction.PostAuthorId
            || !await access.CanReadAsync(reaction.PostAuthorId, reaction.CommunityId, cancellationToken)
            || await db.AlreadyHandledAsync(reaction, nameof(NotifyOfReactions), clock, cancellationToken))
        {
            return;
        }

        var url = $"/posts/{reaction.PostId}";
        var reactor = (await people.GetManyAsync([reaction.PersonId], cancellationToken)).GetValueOrDefault(reaction.PersonId)?.DisplayName ?? "";
        var open = await db.Notifications.FirstOrDefaultAsync(
            n => n.PersonId == reaction.PostAuthorId && n.Kind == NotificationKinds.Reactions && n.Url == url && n.ReadAt == null, cancellationToken);
        if (open is null)
        {
            await db.DeliverAsync(hub, [NotificationPush.New(reaction.PostAuthorId, NotificationKinds.Reactions, reactor, url, clock)], cancellationToken);
            return;
        }

        // Replaced by a new one (newest first in the centre, pushed again) naming the newest reactor first.
        db.Notifications.Remove(open);
        var grouped = NotificationPush.New(reaction.PostAuthorId, NotificationKinds.Reactions, Grouped(reactor, open.Text), url, clock);
        await db.DeliverAsync(hub, [grouped], cancellationToken);
    }

    /// <summary>The newest reactor first, then the earlier names, the rest counted: "Ana, Bo, +3".</summary>
    internal static string Grouped(string newest, string earlier)
    {
        var parts = earlier.Split(", ", StringSplitOptions.RemoveEmptyEntries).ToList();
        var more = parts.Count > 0 && parts[^1].StartsWith('+') && int.TryParse(parts[^1][1..], out var n) ? n : 0;
        if (more > 0)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        var names = parts.Where(p => p != newest).Prepend(newest).ToList();
        more += Math.Max(0, names.Count - 2);
        var text = string.Join(", ", names.Take(2));
        text = more > 0 ? $"{text}, +{more}" : text;
        return text.Length <= Notification.TextMaxLength ? text : text[..Notification.TextMaxLength];
    }
}
