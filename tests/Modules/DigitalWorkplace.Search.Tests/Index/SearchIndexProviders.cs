using DigitalWorkplace.Search.Elasticsearch;
using DigitalWorkplace.Search.Indexing;
using DigitalWorkplace.Search.Lucene;
using Elastic.Clients.Elasticsearch;

namespace DigitalWorkplace.Search.Tests.Index;

/// <summary>
/// The providers the port's behaviour runs against: Lucene always; a real Elasticsearch only when
/// <c>ELASTICSEARCH_URL</c> is set (then its rows really run; otherwise there are no such rows, not skipped ones).
/// </summary>
public static class SearchIndexProviders
{
    public const string Lucene = "lucene";
    public const string Elasticsearch = "elasticsearch";

    public static TheoryData<string> All
    {
        get
        {
            var providers = new TheoryData<string> { Lucene };
            if (ElasticsearchUrl is not null)
            {
                providers.Add(Elasticsearch);
            }

            return providers;
        }
    }

    private static Uri? ElasticsearchUrl =>
        Environment.GetEnvironmentVariable("ELASTICSEARCH_URL") is { Length: > 0 } url ? new Uri(url) : null;

    internal static TestIndex Open(string provider) => provider switch
    {
        Lucene => OpenLucene(),
        Elasticsearch => OpenElasticsearch(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider."),
    };

    private static TestIndex OpenLucene()
    {
        var folder = Directory.CreateTempSubdirectory("dw-search-").FullName;
        var index = new LuceneSearchIndex(folder);
        return new TestIndex(index, () =>
        {
            index.Dispose();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        });
    }

    private static TestIndex OpenElasticsearch()
    {
        var client = new ElasticsearchClient(new ElasticsearchClientSettings(ElasticsearchUrl!));
        var name = "dw-test-" + Guid.NewGuid().ToString("N")[..12];
        var index = new ElasticsearchSearchIndex(client, name);
        return new TestIndex(index, async () =>
        {
            await client.Indices.DeleteAsync(name);
            index.Dispose();
        });
    }
}

/// <summary>An index for one test, removed afterwards.</summary>
internal sealed class TestIndex(ISearchIndex index, Func<Task> cleanUp) : IAsyncDisposable
{
    public ISearchIndex Index => index;

    public async ValueTask DisposeAsync() => await cleanUp();
}
