using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>Someone replied to a person's comment: they are told once (inbox), if they may still read the post, never of their own reply.</summary>
[IntegrationEventSubscriber("live.notify-reply")]
internal sealed class NotifyOfReply(LiveDbContext db, IHubContext<LiveEventsHub> hub, ICommunityAccess access, TimeProvider clock) : IIntegrationEventHandler<CommentAddedIntegrationEvent>
{
    public async Task HandleAsync(CommentAddedIntegrationEvent comment, CancellationToken cancellationToken)
    {
        // The post's author already hears of every comment on it: no second notice for the same words.
        if (comment.ParentAuthorId is not { } parentAuthor || parentAuthor == comment.AuthorId || parentAuthor == comment.PostAuthorId
            || !await access.CanReadAsync(parentAuthor, comment.CommunityId, cancellationToken)
            || await db.AlreadyHandledAsync(comment, nameof(NotifyOfReply), clock, cancellationToken))
        {
            return;
        }

        var excerpt = NotificationPush.Excerpt(comment.AuthorName, comment.Text);
        await db.DeliverAsync(hub, [NotificationPush.New(parentAuthor, NotificationKinds.Reply, excerpt, $"/posts/{comment.PostId}#comment-{comment.CommentId}", clock)], cancellationToken);
    }
}
