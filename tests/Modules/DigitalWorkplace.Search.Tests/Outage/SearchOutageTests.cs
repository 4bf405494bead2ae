using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Search.Contracts;
using DigitalWorkplace.Search.Indexing;
using DigitalWorkplace.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.Search.Tests.Outage;

/// <summary>The real host whose search index can be switched off, as when Elasticsearch is down; one attempt before a dead letter.</summary>
public sealed class OutageSearchPlatform() : PlatformFactory(TestDatabase.Sqlite)
{
    internal SwitchableSearchIndex Index { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Messaging:MaxAttempts"] = "1" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var real = services.Single(d => d.ServiceType == typeof(ISearchIndex));
            services.Replace(ServiceDescriptor.Singleton<ISearchIndex>(sp => Index = new SwitchableSearchIndex((ISearchIndex)real.ImplementationFactory!(sp))));
        });
    }
}

/// <summary>The real index, or an index that refuses every write.</summary>
internal sealed class SwitchableSearchIndex(ISearchIndex inner) : ISearchIndex
{
    public volatile bool IsDown;

    public Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken) =>
        IsDown ? throw new HttpRequestException("The search cluster does not answer.") : inner.UpsertAsync(documents, cancellationToken);

    public Task DeleteAsync(string kind, Guid id, CancellationToken cancellationToken) => inner.DeleteAsync(kind, id, cancellationToken);

    public Task<SearchIndexResults> SearchAsync(SearchIndexQuery query, CancellationToken cancellationToken) => inner.SearchAsync(query, cancellationToken);

    public Task ClearAsync(CancellationToken cancellationToken) => inner.ClearAsync(cancellationToken);

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken) => inner.IsHealthyAsync(cancellationToken);
}

/// <summary>A failing search index holds up neither live delivery nor notifications, and its retry runs nobody else again.</summary>
public sealed class SearchOutageTests(OutageSearchPlatform platform) : IClassFixture<OutageSearchPlatform>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SearchDown_LiveAndNotificationsStillArrive_SearchIsDeadLetteredThenRetriedAlone()
    {
        var author = await platform.CreateUserAsync("Outage Author");
        var commenter = await platform.CreateUserAsync("Outage Commenter");
        using var api = platform.CreateClientFor(author);
        var created = await api.PostAsJsonAsync("/api/v1/communities", new { name = $"Outage {Guid.NewGuid():N}", visibility = "Public" }, Cancel);
        var community = (await created.Content.ReadFromJsonAsync<CommunitySummary>(JsonSerializerOptions.Web, Cancel))!;
        await using var live = await LiveClient.ConnectAsync(platform, author);
        platform.Index.IsDown = true;

        var published = await api.PostAsJsonAsync($"/api/v1/communities/{community.Id}/posts", new { markdown = "Croissants are two for one after 4 pm" }, Cancel);
        var post = (await published.Content.ReadFromJsonAsync<PostDto>(JsonSerializerOptions.Web, Cancel))!;
        using var commenterApi = platform.CreateClientFor(commenter);
        await commenterApi.PostAsync($"/api/v1/communities/{community.Id}/join", null, Cancel);
        await commenterApi.PostAsJsonAsync($"/api/v1/posts/{post.Id}/comments", new { markdown = "Noted for the morning shift" }, Cancel);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        Assert.Equal(post.Id, (await live.Posts.ReadAsync(timeout.Token)).PostId);
        Assert.Contains("Outage Commenter", (await live.Notifications.ReadAsync(timeout.Token)).Text, StringComparison.Ordinal);

        var outbox = platform.Services.GetServices<IOutbox>().Single(o => o.Module == "feeds");
        // This host's only post: its message is the one "post published" event.
        var dead = await Eventually.GetAsync(() => outbox.DeadLettersAsync(Cancel), letters => letters.Any(d => d.Event == "feeds.post-published"));
        var letter = Assert.Single(dead, d => d.Event == "feeds.post-published");
        Assert.Equal("search.index-post", letter.Subscriber);
        Assert.Contains("does not answer", letter.LastError, StringComparison.Ordinal);
        var liveDelivery = (await outbox.DeliveriesAsync(letter.MessageId, Cancel)).Single(d => d.Subscriber == "live.broadcast-post");
        Assert.NotNull(liveDelivery.DeliveredAt);
        using (var ready = JsonDocument.Parse(await platform.CreateClient().GetStringAsync("/health/ready", Cancel)))
        {
            Assert.Equal("Degraded", ready.RootElement.GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString());
        }

        platform.Index.IsDown = false;
        Assert.Equal(1, await outbox.RetryDeadLettersAsync(letter.MessageId, "search.index-post", Cancel));

        var found = await Eventually.GetAsync(
            () => api.GetFromJsonAsync<SearchResultsDto>("/api/v1/search?q=croissants", JsonSerializerOptions.Web, Cancel),
            results => results!.Hits.Any(h => h.Id == post.Id));
        Assert.Contains(found!.Hits, h => h.Id == post.Id);
        var liveAfterRetry = (await outbox.DeliveriesAsync(letter.MessageId, Cancel)).Single(d => d.Subscriber == "live.broadcast-post");
        Assert.Equal((liveDelivery.DeliveredAt, 0), (liveAfterRetry.DeliveredAt, liveAfterRetry.Attempts));
        Assert.False(live.Posts.TryRead(out _), "The live subscriber ran again on the search index's retry.");
    }
}
