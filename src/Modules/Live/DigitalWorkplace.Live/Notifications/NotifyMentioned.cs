using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Notifications;

/// <summary>
/// The one rule for mentions, in posts and comments alike: each person mentioned is told once (inbox), with the
/// author's name and the beginning of the text — but only those who may read it, so that a mention never tells anyone
/// what is said in a community they are not in.
/// </summary>
internal static class MentionNotices
{
    public static async Task DeliverAsync(
        LiveDbContext db, IHubContext<LiveEventsHub> hub, ICommunityAccess access, IntegrationEvent source, string handler, Guid communityId,
        IReadOnlyList<Guid>? mentioned, string authorName, string text, string url, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (mentioned is not { Count: > 0 })
        {
            return;
        }

        var readers = new List<Guid>();
        foreach (var person in mentioned.Distinct())
        {
            if (await access.CanReadAsync(person, communityId, cancellationToken))
            {
                readers.Add(person);
            }
        }

        if (readers.Count == 0 || await db.AlreadyHandledAsync(source, handler, clock, cancellationToken))
        {
            return;
        }

        var excerpt = NotificationPush.Excerpt(authorName, text);
        await db.DeliverAsync(hub, [.. readers.Select(person => NotificationPush.New(person, NotificationKinds.Mention, excerpt, url, clock))], cancellationToken);
    }
}

[IntegrationEventSubscriber("live.notify-mentioned-in-post")]
internal sealed class NotifyMentionedInPost(LiveDbContext db, IHubContext<LiveEventsHub> hub, ICommunityAccess access, TimeProvider clock)
    : IIntegrationEventHandler<PostPublishedIntegrationEvent>
{
    public Task HandleAsync(PostPublishedIntegrationEvent published, CancellationToken cancellationToken) =>
        MentionNotices.DeliverAsync(
            db, hub, access, published, nameof(NotifyMentionedInPost), published.CommunityId, published.MentionedIds, published.AuthorName, published.Text, $"/posts/{published.PostId}", clock, cancellationToken);
}

[IntegrationEventSubscriber("live.notify-mentioned-in-comment")]
internal sealed class NotifyMentionedInComment(LiveDbContext db, IHubContext<LiveEventsHub> hub, ICommunityAccess access, TimeProvider clock)
    : IIntegrationEventHandler<CommentAddedIntegrationEvent>
{
    public Task HandleAsync(CommentAddedIntegrationEvent comment, CancellationToken cancellationToken) =>
        MentionNotices.DeliverAsync(
            db, hub, access, comment, nameof(NotifyMentionedInComment), comment.CommunityId, comment.MentionedIds, comment.AuthorName, comment.Text,
            $"/posts/{comment.PostId}#comment-{comment.CommentId}", clock, cancellationToken);
}
