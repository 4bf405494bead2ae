using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Search.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalWorkplace.Search.Tests.Api;

/// <summary>Search through the real host: events in, permission-trimmed answers out.</summary>
public abstract class SearchApiTests(PlatformFactory platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_EmptyQuery_Returns400NamingQ()
    {
        var reader = await platform.CreateUserAsync();
        using var client = platform.CreateClientFor(reader);

        using var response = await client.GetAsync("/api/v1/search?q=%20", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task Search_Anonymous_Returns401()
    {
        using var client = platform.CreateClient();

        using var response = await client.GetAsync("/api/v1/search?q=cafe", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Search_SyntaxCharacters_Returns200()
    {
        var reader = await platform.CreateUserAsync();
        using var client = platform.CreateClientFor(reader);

        foreach (var q in new[] { "\"", "*", "(", "café (\"" })
        {
            using var response = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Search_NewPost_IsSearchableWithinTwoSeconds()
    {
        var author = await platform.CreateUserAsync();
        var community = await CreateCommunityAsync(author, CommunityVisibility.Public);
        var word = UniqueWord();

        var published = Stopwatch.StartNew();
        await PublishAsync(author, community, $"Nouveau menu au café : {word}");
        var found = await Eventually.GetAsync(() => SearchAsync(author, word), r => r.Total == 1, TimeSpan.FromSeconds(2));
        published.Stop();

        Assert.Equal(1, found.Total);
        var hit = Assert.Single(found.Hits);
        Assert.Equal("post", hit.Kind);
        Assert.StartsWith("/posts/", hit.Url, StringComparison.Ordinal);
        Assert.True(published.Elapsed < TimeSpan.FromSeconds(2), $"searchable after {published.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Search_PrivateCommunityPost_FoundByMembersOnly()
    {
        var member = await platform.CreateUserAsync();
        var outsider = await platform.CreateUserAsync();
        var board = await CreateCommunityAsync(member, CommunityVisibility.Private, "Board " + UniqueWord());
        var word = UniqueWord();
        await PublishAsync(member, board, $"Chiffres confidentiels {word}");

        var forMember = await Eventually.GetAsync(() => SearchAsync(member, word), r => r.Total == 1);
        var forOutsider = await SearchAsync(outsider, word);

        Assert.Equal(1, forMember.Total);
        Assert.Equal(0, forOutsider.Total);
        Assert.Empty(forOutsider.Hits);
        // The community itself is listed by name to everyone.
        var byName = await Eventually.GetAsync(() => SearchAsync(outsider, board.Name), r => r.Total >= 1);
        Assert.Contains(byName.Hits, h => h.Kind == "community" && h.Id == board.Id);
    }

    [Fact]
    public async Task Search_AccentedText_FoundWithoutAccents()
    {
        var author = await platform.CreateUserAsync();
        var community = await CreateCommunityAsync(author, CommunityVisibility.Public);
        var word = UniqueWord();
        await PublishAsync(author, community, $"Crème brûlée à l'aéroport {word}");

        var found = await Eventually.GetAsync(() => SearchAsync(author, $"CREME BRULEE {word}"), r => r.Total == 1);

        Assert.Equal(1, found.Total);
    }

    [Fact]
    public async Task Search_RegisteredPerson_FoundByName()
    {
        var name = "Zoé " + UniqueWord();
        var person = await platform.CreateUserAsync(name);

        var found = await Eventually.GetAsync(() => SearchAsync(person, name.Replace('é', 'e')), r => r.Total >= 1);

        Assert.Contains(found.Hits, h => h.Kind == "person" && h.Id == person.Id && h.Url == $"/people/{person.Id}");
    }

    [Fact]
    public async Task Reindex_RebuildsFromTheModules_AndReportsProgress()
    {
        var author = await platform.CreateUserAsync();
        var community = await CreateCommunityAsync(author, CommunityVisibility.Public);
        await PublishAsync(author, community, "Rebuilt " + UniqueWord());
        var reported = new List<int>();

        var indexed = await platform.AsAsync(null, sp => sp.GetRequiredService<ISearchAdministration>().ReindexAsync(new SyncProgress(reported), Ct));

        Assert.True(indexed >= 3, $"indexed {indexed}");
        Assert.Equal(indexed, reported[^1]);
    }

    [Fact]
    public async Task HealthCheck_Search_IsHealthyAndTaggedReady()
    {
        var report = await platform.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "search" && c.Tags.Contains("ready"), Ct);

        Assert.Equal(HealthStatus.Healthy, Assert.Single(report.Entries).Value.Status);
    }

    private Task<SearchResultsDto> SearchAsync(TestUser user, string q) =>
        platform.AsAsync(user, sp => sp.GetRequiredService<ISearchService>().SearchAsync(q, 20, Ct));

    private async Task<CommunitySummary> CreateCommunityAsync(TestUser owner, CommunityVisibility visibility, string? name = null)
    {
        var created = await platform.AsAsync(owner, sp =>
            sp.GetRequiredService<ICommunitiesService>().CreateAsync(name ?? "Community " + UniqueWord(), "For search tests", visibility, Ct));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value!;
    }

    private async Task PublishAsync(TestUser author, CommunitySummary community, string markdown)
    {
        var published = await platform.AsAsync(author, sp =>
            sp.GetRequiredService<IFeedsService>().PublishPostAsync(community.Id, markdown, null, Ct));
        Assert.True(published.IsSuccess, published.Error?.Message);
    }

    private static string UniqueWord() => "w" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and race the assertion).</summary>
    private sealed class SyncProgress(List<int> reported) : IProgress<int>
    {
        public void Report(int value) => reported.Add(value);
    }
}

public sealed class SearchApiSqliteTests(SqlitePlatform platform) : SearchApiTests(platform), IClassFixture<SqlitePlatform>;

public sealed class SearchApiPostgresTests(PostgresPlatform platform) : SearchApiTests(platform), IClassFixture<PostgresPlatform>;
