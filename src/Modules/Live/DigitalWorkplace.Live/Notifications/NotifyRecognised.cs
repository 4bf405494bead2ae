using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>
/// A recognition post went public (written, or approved by a moderator): each colleague it thanks is told, once
/// (inbox) — but only those who may read the post, so that nobody learns of a private community through it.
/// </summary>
[IntegrationEventSubscriber("live.notify-recognised")]
internal sealed class NotifyRecognised(LiveDbContext db, IHubContext<LiveEventsHub> hub, ICommunityAccess access, TimeProvider clock)
    : IIntegrationEventHandler<PostPublishedIntegrationEvent>
{
    public async Task HandleAsync(PostPublishedIntegrationEvent published, CancellationToken cancellationToken)
    {
        if (published.RecognisedIds is not { Count: > 0 } recognised)
        {
            return;
        }

        var readers = new List<Guid>();
        foreach (var person in recognised.Distinct())
        {
            if (await access.CanReadAsync(person, published.CommunityId, cancellationToken))
            {
                readers.Add(person);
            }
        }

        if (readers.Count == 0 || await db.AlreadyHandledAsync(published, nameof(NotifyRecognised), clock, cancellationToken))
        {
            return;
        }

        await db.DeliverAsync(hub, [.. readers.Select(person => NotificationPush.New(person, NotificationKinds.Recognition, published.AuthorName, $"/posts/{published.PostId}", clock))], cancellationToken);
    }
}
