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

/// <summary>
/// A community created, renamed, or made secret (or no longer): filed under its kind, the other kind's entry gone. One
/// subscriber for both events, so its lane delivers them in the order they happened (a rename never lost to a late creation).
/// </summary>
[IntegrationEventSubscriber("search.index-community")]
internal sealed class IndexCommunity(ISearchIndex index)
    : IIntegrationEventHandler<CommunityCreatedIntegrationEvent>, IIntegrationEventHandler<CommunityChangedIntegrationEvent>
{
    public Task HandleAsync(CommunityCreatedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        index.UpsertAsync([SearchDocuments.Community(integrationEvent)], cancellationToken);

    public async Task HandleAsync(CommunityChangedIntegrationEvent changed, CancellationToken cancellationToken)
    {
        var document = SearchDocuments.Community(new CommunityCreatedIntegrationEvent(changed.CommunityId, changed.Name, changed.Description, changed.Visibility, changed.IsOfficial));
        await index.DeleteAsync(document.Kind == SearchKinds.Community ? SearchKinds.SecretCommunity : SearchKinds.Community, changed.CommunityId, cancellationToken);
        await index.UpsertAsync([document], cancellationToken);
    }
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

/// <summary>
/// An erased person is no longer found; what they wrote and kept is indexed again under "former member" (removed content
/// goes with <see cref="RemoveErasedContent"/>). Upserts and deletes by key: a redelivery changes nothing.
/// </summary>
[IntegrationEventSubscriber("search.erase-person")]
internal sealed class ForgetErasedPerson(ISearchIndex index, IFeedsIndexSource feeds) : IIntegrationEventHandler<PersonErasedIntegrationEvent>
{
    public async Task HandleAsync(PersonErasedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await index.DeleteAsync(SearchKinds.Person, integrationEvent.PersonId, cancellationToken);
        List<SearchDocument> documents = [];
        await foreach (var post in feeds.PostsOfAsync(integrationEvent.PersonId, cancellationToken))
        {
            documents.Add(SearchDocuments.Post(post));
        }

        await foreach (var comment in feeds.CommentsOfAsync(integrationEvent.PersonId, cancellationToken))
        {
            documents.Add(SearchDocuments.Comment(comment));
        }

        if (documents.Count > 0)
        {
            await index.UpsertAsync(documents, cancellationToken);
        }
    }
}

[IntegrationEventSubscriber("search.remove-content")]
internal sealed class RemoveErasedContent(ISearchIndex index) : IIntegrationEventHandler<ContentRemovedIntegrationEvent>
{
    public async Task HandleAsync(ContentRemovedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        foreach (var post in integrationEvent.PostIds)
        {
            await index.DeleteAsync(SearchKinds.Post, post, cancellationToken);
        }

        foreach (var comment in integrationEvent.CommentIds)
        {
            await index.DeleteAsync(SearchKinds.Comment, comment, cancellationToken);
        }
    }
}

/// <summary>An author changed their post: it is indexed again as it now reads (nothing, if it is no longer published).</summary>
[IntegrationEventSubscriber("search.reindex-edited-post")]
internal sealed class IndexEditedPost(ISearchIndex index, IFeedsIndexSource feeds) : IIntegrationEventHandler<PostEditedIntegrationEvent>
{
    public async Task HandleAsync(PostEditedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var (posts, _) = await feeds.PublishedAsync([integrationEvent.PostId], [], cancellationToken);
        if (posts.Count > 0)
        {
            await index.UpsertAsync([.. posts.Select(SearchDocuments.Post)], cancellationToken);
        }
    }
}

/// <summary>A moderator restored hidden content: it is indexed again as it stands (nothing, if it was hidden again meanwhile).</summary>
[IntegrationEventSubscriber("search.restore-content")]
internal sealed class IndexRestoredContent(ISearchIndex index, IFeedsIndexSource feeds) : IIntegrationEventHandler<ContentRestoredIntegrationEvent>
{
    public async Task HandleAsync(ContentRestoredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var (posts, comments) = await feeds.PublishedAsync(integrationEvent.PostIds, integrationEvent.CommentIds, cancellationToken);
        List<SearchDocument> documents = [.. posts.Select(SearchDocuments.Post), .. comments.Select(SearchDocuments.Comment)];
        if (documents.Count > 0)
        {
            await index.UpsertAsync(documents, cancellationToken);
        }
    }
}
