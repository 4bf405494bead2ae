using DigitalWorkplace.Search.Indexing;

namespace DigitalWorkplace.Search.Tests.Index;

/// <summary>The search port's behaviour, the same for every provider (<see cref="SearchIndexProviders.All"/>).</summary>
public sealed class SearchIndexBehaviourTests
{
    private static readonly Guid Readable = Guid.CreateVersion7();
    private static readonly Guid Private = Guid.CreateVersion7();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(SearchIndexProviders.All), MemberType = typeof(SearchIndexProviders))]
    public async Task Search_AccentsCaseAndElisions_AreFolded(string provider)
    {
        await using var test = SearchIndexProviders.Open(provider);
        await test.Index.UpsertAsync([Post("Le café de l'aéroport ouvre à 6h", Readable), Post("Opening the CAFE at the station", Readable)], Ct);

        Assert.Equal(2, (await SearchAsync(test, "cafe")).Total);
        Assert.Equal(2, (await SearchAsync(test, "CAFÉ")).Total);
        Assert.Equal(1, (await SearchAsync(test, "aeroport")).Total);
        Assert.Equal(1, (await SearchAsync(test, "AÉROPORT")).Total);
    }

    [Theory]
    [MemberData(nameof(SearchIndexProviders.All), MemberType = typeof(SearchIndexProviders))]
    public async Task Search_SyntaxCharacters_NeverThrow(string provider)
    {
        await using var test = SearchIndexProviders.Open(provider);
        await test.Index.UpsertAsync([Post("Menu du jour: soupe (maison)", Readable)], Ct);

        foreach (var text in new[] { "\"", "*", "(", ")", "\"soupe", "soupe (", "soupe*", "-", "+(", "~", "a:b", "[x TO" })
        {
            var results = await SearchAsync(test, text);
            Assert.True(results.Total >= 0, text);
        }

        Assert.Equal(1, (await SearchAsync(test, "soupe (")).Total);
        Assert.Equal(1, (await SearchAsync(test, "sou*")).Total);
        Assert.Equal(1, (await SearchAsync(test, "\"soupe maison\"")).Total);
        Assert.Empty((await SearchAsync(test, "(")).Hits);
    }

    [Theory]
    [MemberData(nameof(SearchIndexProviders.All), MemberType = typeof(SearchIndexProviders))]
    public async Task Search_PrivateCommunityContent_IsTrimmedBeforePaging(string provider)
    {
        await using var test = SearchIndexProviders.Open(provider);
        await test.Index.UpsertAsync([.. Enumerable.Range(0, 30).Select(i => Post($"Planning des équipes {i}", Private))], Ct);
        await test.Index.UpsertAsync([.. Enumerable.Range(0, 3).Select(i => Post($"Planning de la saison {i}", Readable))], Ct);

        var results = await test.Index.SearchAsync(new SearchIndexQuery("planning", [Readable], Take: 5), Ct);

        Assert.Equal(3, results.Total);
        Assert.Equal(3, results.Hits.Count);
        Assert.All(results.Hits, hit => Assert.Equal(Readable, hit.Document.CommunityId));
    }

    [Theory]
    [MemberData(nameof(SearchIndexProviders.All), MemberType = typeof(SearchIndexProviders))]
    public async Task Search_PeopleAndCommunities_AreFoundByEveryone(string provider)
    {
        await using var test = SearchIndexProviders.Open(provider);
        var person = Guid.CreateVersion7();
        await test.Index.UpsertAsync(
        [
            new SearchDocument(SearchKinds.Person, person, "Zoé Martin", "Café Gare du Nord · Seasonal", null, $"/people/{person}", null),
            new SearchDocument(SearchKinds.Community, Private, "Direction Nord", "Private board", null, $"/communities/{Private}", null),
            Post("Nord: les chiffres du trimestre", Private),
        ], Ct);

        var results = await test.Index.SearchAsync(new SearchIndexQuery("nord", [], Take: 10), Ct);

        Assert.Equal(2, results.Total);
        Assert.Contains(results.Hits, hit => hit.Document is { Kind: SearchKinds.Person, Title: "Zoé Martin" } && hit.Document.Url == $"/people/{person}");
        Assert.Contains(results.Hits, hit => hit.Document.Kind == SearchKinds.Community && hit.Document.Id == Private);
        Assert.DoesNotContain(results.Hits, hit => hit.Document.Kind == SearchKinds.Post);
    }

    [Theory]
    [MemberData(nameof(SearchIndexProviders.All), MemberType = typeof(SearchIndexProviders))]
    public async Task Upsert_SameDocumentAgain_ReplacesIt(string provider)
    {
        await using var test = SearchIndexProviders.Open(provider);
        var post = Post("Inventaire du lundi", Readable);
        await test.Index.UpsertAsync([post], Ct);
        await test.Index.UpsertAsync([post], Ct);
        await test.Index.UpsertAsync([post with { Text = "Inventaire du mardi" }], Ct);

        var results = await SearchAsync(test, "inventaire");

        var hit = Assert.Single(results.Hits);
        Assert.Equal("Inventaire du mardi", hit.Document.Text);
        Assert.Equal(post.Id, hit.Document.Id);
        Assert.Equal(post.At, hit.Document.At);
    }

    [Theory]
    [MemberData(nameof(SearchIndexProviders.All), MemberType = typeof(SearchIndexProviders))]
    public async Task DeleteAndClear_RemoveDocuments(string provider)
    {
        await using var test = SearchIndexProviders.Open(provider);
        var first = Post("Fermeture exceptionnelle", Readable);
        var second = Post("Fermeture annuelle", Readable);
        await test.Index.UpsertAsync([first, second], Ct);

        await test.Index.DeleteAsync(SearchKinds.Post, first.Id, Ct);
        Assert.Equal(second.Id, Assert.Single((await SearchAsync(test, "fermeture")).Hits).Document.Id);

        await test.Index.ClearAsync(Ct);
        Assert.Equal(0, (await SearchAsync(test, "fermeture")).Total);
    }

    [Theory]
    [MemberData(nameof(SearchIndexProviders.All), MemberType = typeof(SearchIndexProviders))]
    public async Task Search_LongText_SnippetShowsTheMatch(string provider)
    {
        await using var test = SearchIndexProviders.Open(provider);
        var text = string.Concat(Enumerable.Repeat("Bienvenue à toutes et à tous dans l'équipe. ", 10)) + "Le badge d'accès se retire à l'accueil." + string.Concat(Enumerable.Repeat(" Bonne saison !", 10));
        await test.Index.UpsertAsync([Post(text, Readable)], Ct);

        var hit = Assert.Single((await SearchAsync(test, "badge")).Hits);

        Assert.Contains("badge", hit.Snippet, StringComparison.Ordinal);
        Assert.True(hit.Snippet.Length <= Snippets.Length + 2, hit.Snippet);
    }

    [Theory]
    [MemberData(nameof(SearchIndexProviders.All), MemberType = typeof(SearchIndexProviders))]
    public async Task IsHealthy_OpenIndex_True(string provider)
    {
        await using var test = SearchIndexProviders.Open(provider);

        Assert.True(await test.Index.IsHealthyAsync(Ct));
    }

    private static Task<SearchIndexResults> SearchAsync(TestIndex test, string text) =>
        test.Index.SearchAsync(new SearchIndexQuery(text, [Readable], Take: 20), Ct);

    private static SearchDocument Post(string text, Guid communityId)
    {
        var id = Guid.CreateVersion7();
        return new SearchDocument(SearchKinds.Post, id, text.Length > 40 ? text[..40] : text, text, communityId, $"/posts/{id}",
            new DateTimeOffset(2026, 6, 1, 8, 30, 0, TimeSpan.Zero));
    }
}
