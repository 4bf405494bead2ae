using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Search.Indexing;

namespace DigitalWorkplace.Search.IntegrationEventHandlers;

// Upserts by document key are idempotent, so a redelivered event needs no inbox: it rewrites the same document.

[IntegrationEventSubscriber("search.index-post")]
internal sealed class IndexPublishedPost(ISearchIndex index) : IIntegrationEventHandler<PostPublishedIntegrationEvent>
{
    public Task HandleAsync(PostPublishedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        index.UpsertAsync([SearchDocuments.Post(integrationEvent)], cancellationToken);
}

[IntegrationEventSubscriber("search.index-comment")]
internal sealed class IndexAddedComment(ISearchIndex index) : IIntegrationEventHandler<CommentAddedIntegrationEvent>
{
    public Task HandleAsync(CommentAddedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        index.UpsertAsync([SearchDocuments.Comment(integrationEvent)], cancellationToken);
}

[IntegrationEventSubscriber("search.index-community")]
internal sealed class IndexCreatedCommunity(ISearchIndex index) : IIntegrationEventHandler<CommunityCreatedIntegrationEvent>
{
    public Task HandleAsync(CommunityCreatedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        index.UpsertAsync([SearchDocuments.Community(integrationEvent)], cancellationToken);
}

[IntegrationEventSubscriber("search.index-person")]
internal sealed class IndexRegisteredPerson(ISearchIndex index) : IIntegrationEventHandler<PersonRegisteredIntegrationEvent>
{
    public Task HandleAsync(PersonRegisteredIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        index.UpsertAsync(
            [SearchDocuments.Person(integrationEvent.PersonId, integrationEvent.DisplayName, integrationEvent.EmploymentType, integrationEvent.OrgUnitName)],
            cancellationToken);
}

/// <summary>A renamed or moved person is found under their new name and unit.</summary>
[IntegrationEventSubscriber("search.reindex-person")]
internal sealed class IndexUpdatedPerson(ISearchIndex index) : IIntegrationEventHandler<PersonUpdatedIntegrationEvent>
{
    public Task HandleAsync(PersonUpdatedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        index.UpsertAsync(
            [SearchDocuments.Person(integrationEvent.PersonId, integrationEvent.DisplayName, integrationEvent.EmploymentType, integrationEvent.OrgUnitName)],
            cancellationToken);
}
