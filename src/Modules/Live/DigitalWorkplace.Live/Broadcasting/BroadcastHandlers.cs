using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace DigitalWorkplace.Live.Broadcasting;

// Live delivery is best effort on top of an at-least-once outbox: a redelivered event may reach a client twice,
// so clients de-duplicate by id (post, comment). Only members are in a community's group, so private content
// never reaches a non-member's connection.

// The author's mark and photo come from the directory's cache, so a live card looks like the one the page draws.

[IntegrationEventSubscriber("live.broadcast-post")]
internal sealed class BroadcastPublishedPost(IHubContext<LiveEventsHub> hub, IPeopleDirectory people) : IIntegrationEventHandler<PostPublishedIntegrationEvent>
{
    public async Task HandleAsync(PostPublishedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var author = (await people.GetManyAsync([e.AuthorId], cancellationToken)).GetValueOrDefault(e.AuthorId);
        await hub.Clients.Group(LiveGroups.Community(e.CommunityId)).SendAsync(
            LiveHub.PostPublished,
            new LivePostMessage(e.PostId, e.CommunityId, e.AuthorId, e.AuthorName, e.Html, e.PublishedAt, author?.EmploymentType == EmploymentType.External, author?.PhotoUrl),
            cancellationToken);
    }
}

[IntegrationEventSubscriber("live.broadcast-comment")]
internal sealed class BroadcastAddedComment(IHubContext<LiveEventsHub> hub, IPeopleDirectory people) : IIntegrationEventHandler<CommentAddedIntegrationEvent>
{
    public async Task HandleAsync(CommentAddedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var author = (await people.GetManyAsync([e.AuthorId], cancellationToken)).GetValueOrDefault(e.AuthorId);
        await hub.Clients.Group(LiveGroups.Community(e.CommunityId)).SendAsync(
            LiveHub.CommentAdded,
            new LiveCommentMessage(e.CommentId, e.PostId, e.CommunityId, e.AuthorName, e.Html, e.CreatedAt, author?.EmploymentType == EmploymentType.External),
            cancellationToken);
    }
}

[IntegrationEventSubscriber("live.broadcast-reaction-removed")]
internal sealed class BroadcastRemovedReaction(IHubContext<LiveEventsHub> hub) : IIntegrationEventHandler<ReactionRemovedIntegrationEvent>
{
    public Task HandleAsync(ReactionRemovedIntegrationEvent e, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Community(e.CommunityId)).SendAsync(
            LiveHubEvents.ReactionRemoved,
            new LiveReactionMessage(e.PostId, e.CommunityId, e.PersonId, e.Kind),
            cancellationToken);
}

[IntegrationEventSubscriber("live.broadcast-poll")]
internal sealed class BroadcastPollVotes(IHubContext<LiveEventsHub> hub) : IIntegrationEventHandler<PollVotedIntegrationEvent>
{
    public Task HandleAsync(PollVotedIntegrationEvent e, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Community(e.CommunityId)).SendAsync(LiveHubEvents.PollVoted, new LivePollMessage(e.PostId, e.CommunityId, e.Counts, e.Voters), cancellationToken);
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
