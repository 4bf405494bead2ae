using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Features.ListNotifications;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>Someone commented on your post: a notification, saved once per event (inbox), then pushed live.</summary>
[IntegrationEventSubscriber("live.notify-post-author")]
internal sealed class NotifyPostAuthorOfComment(LiveDbContext db, IHubContext<LiveEventsHub> hub, ICommunityAccess access, TimeProvider clock)
    : IIntegrationEventHandler<CommentAddedIntegrationEvent>
{
    public async Task HandleAsync(CommentAddedIntegrationEvent comment, CancellationToken cancellationToken)
    {
        // An author who has since left a private community must not learn what is said there.
        if (comment.AuthorId == comment.PostAuthorId
            || !await access.CanReadAsync(comment.PostAuthorId, comment.CommunityId, cancellationToken)
            || await db.AlreadyHandledAsync(comment, nameof(NotifyPostAuthorOfComment), clock, cancellationToken))
        {
            return;
        }

        await db.DeliverAsync(
            hub, [NotificationPush.New(comment.PostAuthorId, NotificationKinds.CommentOnMyPost, NotificationPush.Excerpt(comment.AuthorName, comment.Text), $"/posts/{comment.PostId}#comment-{comment.CommentId}", clock)],
            cancellationToken);
    }
}
