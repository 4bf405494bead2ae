namespace DigitalWorkplace.Search.Indexing;

/// <summary>
/// The search port: Lucene.NET embedded by default, Elasticsearch in production. Both analyse text the same
/// way (accents and case folded, French elisions removed), parse the reader's text with the same forgiving
/// syntax (simple query string: never throws) and trim by permission inside the query, before paging.
/// </summary>
internal interface ISearchIndex
{
    /// <summary>Adds or replaces documents by key; searchable when the call returns.</summary>
    Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken);

    Task DeleteAsync(string kind, Guid id, CancellationToken cancellationToken);

    Task<SearchIndexResults> SearchAsync(SearchIndexQuery query, CancellationToken cancellationToken);

    /// <summary>Removes every document (before a rebuild).</summary>
    Task ClearAsync(CancellationToken cancellationToken);

    /// <summary>For the readiness probe: the index answers.</summary>
    Task<bool> IsHealthyAsync(CancellationToken cancellationToken);
}
