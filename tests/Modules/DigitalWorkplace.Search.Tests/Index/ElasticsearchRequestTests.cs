using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalWorkplace.Search.Elasticsearch;
using DigitalWorkplace.Search.Indexing;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace DigitalWorkplace.Search.Tests.Index;

/// <summary>What the Elasticsearch provider sends and how it reads answers, through the in-memory transport.</summary>
public sealed class ElasticsearchRequestTests : IDisposable
{
    private const string IndexName = "dw-test";
    private static readonly Guid Readable = Guid.Parse("0193a4f0-0000-7000-8000-000000000001");
    private readonly RecordingRequestInvoker _invoker = new();
    private readonly ElasticsearchSearchIndex _index;

    public ElasticsearchRequestTests()
    {
        var settings = new ElasticsearchClientSettings(new SingleNodePool(new Uri("http://search.test:9200")), _invoker);
        _index = new ElasticsearchSearchIndex(new ElasticsearchClient(settings), IndexName);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upsert_NewIndex_CreatesItWithTheFoldingAnalyzerThenBulkIndexes()
    {
        _invoker.Respond = (method, uri) => method switch
        {
            "HEAD" => (404, string.Empty),
            "PUT" => (200, """{"acknowledged":true,"shards_acknowledged":true,"index":"dw-test"}"""),
            _ => (200, """{"took":3,"errors":false,"items":[{"index":{"_index":"dw-test","_id":"x","status":201}}]}"""),
        };
        var post = new SearchDocument(SearchKinds.Post, Guid.CreateVersion7(), "Café", "Le café de l'aéroport", Readable, "/posts/1", DateTimeOffset.UnixEpoch);

        await _index.UpsertAsync([post], Ct);

        Assert.Equal(["HEAD", "PUT", "POST"], _invoker.Sent.Select(r => r.Method));
        var analyzer = JsonNode.Parse(_invoker.Sent[1].Body)!["settings"]!["analysis"]!["analyzer"]!["dw_folding"]!;
        Assert.Equal("standard", analyzer["tokenizer"]!.GetValue<string>());
        Assert.Equal(["dw_elision", "lowercase", "asciifolding"], analyzer["filter"]!.AsArray().Select(f => f!.GetValue<string>()));

        var bulk = _invoker.Sent[2];
        Assert.Equal($"/{IndexName}/_bulk", bulk.Uri.AbsolutePath);
        Assert.Contains("refresh=wait_for", bulk.Uri.Query, StringComparison.Ordinal);
        var lines = bulk.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(post.Key, JsonNode.Parse(lines[0])!["index"]!["_id"]!.GetValue<string>());
        var source = JsonNode.Parse(lines[1])!;
        Assert.Equal("post", source["kind"]!.GetValue<string>());
        Assert.Equal(Readable.ToString("N"), source["communityId"]!.GetValue<string>());
        Assert.Equal("Le café de l'aéroport", source["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_SendsSimpleQueryInsideThePermissionFilter()
    {
        _invoker.Respond = (_, _) => (200, EmptySearchResponse);

        await _index.SearchAsync(new SearchIndexQuery("café \"(", [Readable], Take: 7), Ct);

        var search = _invoker.Sent.Single(r => r.Uri.AbsolutePath.EndsWith("/_search", StringComparison.Ordinal));
        var body = JsonNode.Parse(search.Body)!;
        Assert.Equal(7, body["size"]!.GetValue<int>());
        Assert.True(body["track_total_hits"]!.GetValue<bool>());
        var simple = One(body["query"]!["bool"]!["must"]!)["simple_query_string"]!;
        Assert.Equal("café \"(", simple["query"]!.GetValue<string>());
        Assert.Equal(["title^2", "text"], simple["fields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("and", simple["default_operator"]!.GetValue<string>().ToLowerInvariant());

        var permission = One(body["query"]!["bool"]!["filter"]!)["bool"]!;
        Assert.Equal(1, permission["minimum_should_match"]!.GetValue<int>());
        var terms = permission["should"]!.AsArray().Select(s => s!["terms"]!.AsObject()).ToList();
        Assert.Contains(terms, t => t["kind"] is JsonArray kinds && kinds.Select(k => k!.GetValue<string>()).Order().SequenceEqual(["community", "person"]));
        Assert.Contains(terms, t => t["communityId"] is JsonArray ids && ids.Select(k => k!.GetValue<string>()).SequenceEqual([Readable.ToString("N")]));
    }

    [Fact]
    public async Task Search_CannedResponse_IsReadIntoHits()
    {
        var id = Guid.Parse("0193a4f0-0000-7000-8000-0000000000aa");
        _invoker.Respond = (_, _) => (200, $$$"""
            {"took":2,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":42,"relation":"eq"},"max_score":1.2,"hits":[
               {"_index":"dw-test","_id":"post:{{{id:N}}}","_score":1.2,"_source":
                 {"kind":"post","id":"{{{id:N}}}","title":"Café","text":"Le café ouvre à 6h","communityId":"{{{Readable:N}}}","url":"/posts/{{{id}}}","at":"2026-06-01T08:30:00+00:00"}}
             ]}}
            """);

        var results = await _index.SearchAsync(new SearchIndexQuery("cafe", [Readable], Take: 1), Ct);

        Assert.Equal(42, results.Total);
        var hit = Assert.Single(results.Hits);
        Assert.Equal(new SearchDocument(SearchKinds.Post, id, "Café", "Le café ouvre à 6h", Readable, $"/posts/{id}", new DateTimeOffset(2026, 6, 1, 8, 30, 0, TimeSpan.Zero)), hit.Document);
        Assert.Equal("Le café ouvre à 6h", hit.Snippet);
    }

    [Fact]
    public async Task Upsert_ClusterRefuses_Throws()
    {
        _invoker.Respond = (method, _) => method == "HEAD"
            ? (200, string.Empty)
            : (200, """{"took":1,"errors":true,"items":[{"index":{"_index":"dw-test","_id":"x","status":400,"error":{"type":"strict_dynamic_mapping_exception","reason":"no"}}}]}""");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _index.UpsertAsync([new SearchDocument(SearchKinds.Person, Guid.CreateVersion7(), "Ana", string.Empty, null, "/people/1", null)], Ct));
    }

    /// <summary>The client writes a one-clause list as the clause itself; both mean the same to Elasticsearch.</summary>
    private static JsonNode One(JsonNode clauses) => clauses is JsonArray array ? Assert.Single(array)! : clauses;

    public void Dispose()
    {
        _index.Dispose();
        _invoker.Dispose();
    }

    private const string EmptySearchResponse = """
        {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},"hits":{"total":{"value":0,"relation":"eq"},"hits":[]}}
        """;
}
