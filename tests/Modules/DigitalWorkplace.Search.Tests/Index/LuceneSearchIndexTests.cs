using DigitalWorkplace.Search.Indexing;
using DigitalWorkplace.Search.Lucene;

namespace DigitalWorkplace.Search.Tests.Index;

/// <summary>What only the embedded provider has: a directory on disk that outlives the process.</summary>
public sealed class LuceneSearchIndexTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dw-lucene-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dispose_ThenReopen_KeepsWhatWasIndexed()
    {
        var community = Guid.CreateVersion7();
        var id = Guid.CreateVersion7();
        using (var index = new LuceneSearchIndex(_folder))
        {
            await index.UpsertAsync([new SearchDocument(SearchKinds.Post, id, "Saison", "Ouverture de la saison", community, $"/posts/{id}", null)], Ct);
        }

        using var reopened = new LuceneSearchIndex(_folder);
        var results = await reopened.SearchAsync(new SearchIndexQuery("saison", [community], 10), Ct);

        Assert.Equal(id, Assert.Single(results.Hits).Document.Id);
    }

    [Fact]
    public async Task Search_RightAfterManyConcurrentWrites_SeesThemAll()
    {
        var community = Guid.CreateVersion7();
        using var index = new LuceneSearchIndex(_folder);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            index.UpsertAsync([new SearchDocument(SearchKinds.Post, Guid.CreateVersion7(), "Relève", $"Relève numéro {i}", community, "/posts/x", null)], Ct), Ct)));
        var results = await index.SearchAsync(new SearchIndexQuery("releve", [community], 100), Ct);

        Assert.Equal(50, results.Total);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
