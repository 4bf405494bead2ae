using DigitalWorkplace.Search.Indexing;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Elastic.Transport;
using Elastic.Transport.Products.Elasticsearch;

namespace DigitalWorkplace.Search.Elasticsearch;

/// <summary>
/// The production provider. Writes wait for the next refresh (<c>refresh=wait_for</c>, at most a second) so a
/// document is searchable when the call returns, as with Lucene; searches use <c>simple_query_string</c>, the
/// same forgiving syntax as Lucene's simple query parser, inside a permission filter.
/// </summary>
internal sealed class ElasticsearchSearchIndex(ElasticsearchClient client, string indexName) : ISearchIndex, IDisposable
{
    private readonly SemaphoreSlim _ensureLock = new(1, 1);
    private volatile bool _indexExists;

    public async Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        await EnsureIndexAsync(cancellationToken);
        var request = new BulkRequest(indexName)
        {
            Refresh = Refresh.WaitFor,
            Operations = [.. documents.Select(d => new BulkIndexOperation<ElasticsearchDocument>(ElasticsearchDocument.From(d)) { Id = d.Key })],
        };
        var response = await client.BulkAsync(request, cancellationToken);
        if (!response.IsValidResponse || response.Errors)
        {
            throw new InvalidOperationException($"Elasticsearch refused the bulk index: {Describe(response)}");
        }
    }

    public async Task DeleteAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        await EnsureIndexAsync(cancellationToken);
        var response = await client.DeleteAsync(new DeleteRequest(indexName, SearchDocument.KeyOf(kind, id)) { Refresh = Refresh.WaitFor }, cancellationToken);
        if (!response.IsValidResponse && response.Result != Result.NotFound)
        {
            throw new InvalidOperationException($"Elasticsearch refused the delete: {Describe(response)}");
        }
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await client.Indices.DeleteAsync(indexName, cancellationToken);
        _indexExists = false;
        await EnsureIndexAsync(cancellationToken);
    }

    public async Task<SearchIndexResults> SearchAsync(SearchIndexQuery query, CancellationToken cancellationToken)
    {
        await EnsureIndexAsync(cancellationToken);
        var response = await client.SearchAsync<ElasticsearchDocument>(BuildSearch(query), cancellationToken);
        if (!response.IsValidResponse)
        {
            throw new InvalidOperationException($"Elasticsearch refused the search: {Describe(response)}");
        }

        var hits = response.Hits
            .Where(hit => hit.Source is not null)
            .Select(hit => hit.Source!.ToDocument())
            .Select(document => new SearchIndexHit(document, Snippets.For(document.Text, query.Text)))
            .ToList();
        return new SearchIndexResults(hits, (int)(response.HitsMetadata.Total?.Match(total => total?.Value ?? hits.Count, count => count) ?? hits.Count));
    }

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken) =>
        (await client.PingAsync(cancellationToken)).IsValidResponse;

    /// <summary>The request: the reader's text on title (boosted) and text, trimmed to what they may see before paging.</summary>
    internal SearchRequest BuildSearch(SearchIndexQuery query) => new(indexName)
    {
        Size = Math.Max(1, query.Take),
        TrackTotalHits = new TrackHits(true),
        Query = new BoolQuery
        {
            Must =
            [
                new SimpleQueryStringQuery
                {
                    Query = query.Text,
                    Fields = new[] { "title^2", "text" },
                    DefaultOperator = Operator.And,
                },
            ],
            Filter =
            [
                new BoolQuery
                {
                    Should =
                    [
                        new TermsQuery { Field = "kind", Terms = new TermsQueryField([.. query.VisibleKinds.Select(FieldValue.String)]) },
                        new TermsQuery { Field = "communityId", Terms = new TermsQueryField([.. query.ReadableCommunities.Select(id => FieldValue.String(id.ToString("N")))]) },
                    ],
                    MinimumShouldMatch = 1,
                },
            ],
        },
    };

    private async Task EnsureIndexAsync(CancellationToken cancellationToken)
    {
        if (_indexExists)
        {
            return;
        }

        await _ensureLock.WaitAsync(cancellationToken);
        try
        {
            if (_indexExists)
            {
                return;
            }

            var exists = await client.Indices.ExistsAsync(indexName, cancellationToken);
            if (!exists.Exists)
            {
                var created = await client.Transport.RequestAsync<StringResponse>(
                    Elastic.Transport.HttpMethod.PUT, "/" + indexName, PostData.String(ElasticsearchMapping.CreateIndexBody), cancellationToken: cancellationToken);
                // Another node may have created it between the check and the creation.
                if (!created.ApiCallDetails.HasSuccessfulStatusCode && !created.Body.Contains("resource_already_exists_exception", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Elasticsearch refused to create the index {indexName}: {created.Body}");
                }
            }

            _indexExists = true;
        }
        finally
        {
            _ensureLock.Release();
        }
    }

    public void Dispose() => _ensureLock.Dispose();

    private static string Describe(ElasticsearchResponse response) =>
        response.ElasticsearchServerError?.ToString() ?? response.DebugInformation;
}
