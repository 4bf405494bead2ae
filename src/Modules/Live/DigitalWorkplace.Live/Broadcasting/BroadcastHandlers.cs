using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Broadcasting;

// Live delivery is best effort on top of an at-least-once outbox: a redelivered event may reach a client twice,
// so clients de-duplicate by id (post, comment). Only members are in a community's group, so private content
// never reaches a non-member's connection.

[IntegrationEventSubscriber("live.broadcast-post")]
internal sealed class BroadcastPublishedPost(IHubContext<LiveEventsHub> hub) : IIntegrationEventHandler<PostPublishedIntegrationEvent>
{
    public Task HandleAsync(PostPublishedIntegrationEvent e, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Community(e.CommunityId)).SendAsync(
            LiveHub.PostPublished,
            new LivePostMessage(e.PostId, e.CommunityId, e.AuthorId, e.AuthorName, e.Html, e.PublishedAt),
            cancellationToken);
}

[IntegrationEventSubscriber("live.broadcast-comment")]
internal sealed class BroadcastAddedComment(IHubContext<LiveEventsHub> hub) : IIntegrationEventHandler<CommentAddedIntegrationEvent>
{
    public Task HandleAsync(CommentAddedIntegrationEvent e, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Community(e.CommunityId)).SendAsync(
            LiveHub.CommentAdded,
            new LiveCommentMessage(e.CommentId, e.PostId, e.CommunityId, e.AuthorName, e.Html, e.CreatedAt),
            cancellationToken);
}

[IntegrationEventSubscriber("live.broadcast-reaction")]
internal sealed class BroadcastAddedReaction(IHubContext<LiveEventsHub> hub) : IIntegrationEventHandler<ReactionAddedIntegrationEvent>
{
    public Task HandleAsync(ReactionAddedIntegrationEvent e, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Community(e.CommunityId)).SendAsync(
            LiveHub.ReactionAdded,
            new LiveReactionMessage(e.PostId, e.CommunityId, e.PersonId, e.Kind),
            cancellationToken);
}
