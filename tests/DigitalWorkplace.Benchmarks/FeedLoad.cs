using System.Net.Http.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.Benchmarks;

/// <summary>Home-feed throughput at N connections, next to the same machine's minimal-API ceiling.</summary>
internal static class FeedLoad
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var posts = options.Int("--posts", 100_000);
        var communities = options.Int("--communities", 200);
        var memberOf = options.Int("--member-of", 20);
        var connections = options.Int("--connections", 64);
        var duration = TimeSpan.FromSeconds(options.Int("--seconds", 10));

        var (platform, address) = await BenchHost.StartAsync(options.Database);
        await using var _ = platform;
        var reader = await platform.CreateUserAsync("Reader");
        var writer = await platform.CreateUserAsync("Writer");
        Console.WriteLine($"Seeding {posts} posts in {communities} communities ({options.Database}); the reader is in {memberOf}...");
        var seeding = System.Diagnostics.Stopwatch.StartNew();
        var ids = await SeedAsync(platform, reader, writer, posts, communities, memberOf);
        Console.WriteLine($"Seeded in {seeding.Elapsed.TotalSeconds:F1} s; {ids} posts are in the reader's feed.");

        var (baseline, baselineAddress) = await StartBaselineAsync();
        await using var __ = baseline;
        using var baselineClient = BenchHost.Client(baselineAddress, connections);
        using var feedClient = BenchHost.Client(address, connections, reader.Token);

        // Warm up both (JIT, connection pools, SQLite page cache) before measuring; each measurement prints as it ends.
        await LoadStats.MeasureAsync("warm-up", connections, TimeSpan.FromSeconds(2), () => Ok(baselineClient, "/items"));
        await LoadStats.MeasureAsync("warm-up", connections, TimeSpan.FromSeconds(2), () => Ok(feedClient, "/api/v1/feed/home"));

        var ceiling = await LoadStats.MeasureAsync("minimal API, 20 items", connections, duration, () => Ok(baselineClient, "/items"));
        var me = await LoadStats.MeasureAsync("signed-in GET /people/me", connections, duration, () => Ok(feedClient, "/api/v1/people/me"));
        var feed = await LoadStats.MeasureAsync("home feed, 20 posts", connections, duration, () => Ok(feedClient, "/api/v1/feed/home"));
        var tasks = await LoadStats.MeasureAsync("announcements to acknowledge", connections, duration, () => Ok(feedClient, "/api/v1/me/announcements?awaiting=true"));
        Console.WriteLine($"signed-in minimal request / minimal-API ceiling = {me.RequestsPerSecond / ceiling.RequestsPerSecond:P1} (budget ≥ 50 %)");
        Console.WriteLine($"announcements to acknowledge / minimal-API ceiling = {tasks.RequestsPerSecond / ceiling.RequestsPerSecond:P1}, p99 {tasks.P99Ms:F1} ms");
        Console.WriteLine($"home feed / minimal-API ceiling = {feed.RequestsPerSecond / ceiling.RequestsPerSecond:P1} at {connections} connections, p99 {feed.P99Ms:F1} ms (budget ≥ 20 %, p99 < 50 ms)");
        return feed.Failures + me.Failures + tasks.Failures == 0 ? 0 : 1;
    }

    private static async Task<bool> Ok(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        await response.Content.CopyToAsync(Stream.Null);
        return response.IsSuccessStatusCode;
    }

    /// <summary>The communities and the reader's memberships through the modules; the posts in bulk.</summary>
    private static async Task<int> SeedAsync(PlatformFactory platform, TestUser reader, TestUser writer, int posts, int communityCount, int memberOf)
    {
        var communityIds = new List<Guid>();
        for (var i = 0; i < communityCount; i++)
        {
            var created = await platform.AsAsync(writer, sp => sp.GetRequiredService<ICommunitiesService>()
                .CreateAsync($"Community {i:D3}", "Benchmark community", CommunityVisibility.Public, CancellationToken.None));
            communityIds.Add(created.Value!.Id);
            if (i < memberOf)
            {
                await platform.AsAsync(reader, sp => sp.GetRequiredService<ICommunitiesService>().JoinAsync(created.Value!.Id, CancellationToken.None));
            }
        }

        await BulkPosts.SeedAsync(platform, communityIds, writer.Id, reader.Id, posts);
        await SeedAnnouncementsAsync(platform, writer);
        return posts * memberOf / communityCount;
    }

    /// <summary>
    /// Thirty announcements from the writer (given the communications role) to everyone, the reader included, ten of
    /// them must-reads still to acknowledge: the home page's task list.
    /// </summary>
    private static async Task SeedAnnouncementsAsync(PlatformFactory platform, TestUser writer)
    {
        await platform.GrantRoleAsync(writer, PlatformRole.Communications);
        var audience = await platform.CreateAudienceAsync(EmploymentType.Permanent);
        for (var i = 0; i < 30; i++)
        {
            var mustRead = i % 3 == 0;
            var published = await platform.AsAsync(writer, sp => sp.GetRequiredService<IAnnouncements>().PublishAsync(
                new NewAnnouncement($"Announcement {i}", "The **new card** is in the back office.", [audience], mustRead, mustRead ? DateTimeOffset.UtcNow.AddDays(1 + i) : null), null, CancellationToken.None));
            if (!published.IsSuccess)
            {
                throw new InvalidOperationException(published.Error!.Message);
            }
        }
    }

    private sealed record Item(Guid Id, string Author, string Html, DateTimeOffset PublishedAt, int CommentCount);

    private static async Task<(WebApplication App, Uri Address)> StartBaselineAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var items = Enumerable.Range(0, 20)
            .Select(i => new Item(Guid.CreateVersion7(), $"Author {i}", "<p>The <strong>espresso</strong> of the day is a washed Ethiopian.</p>", DateTimeOffset.UtcNow, i))
            .ToArray();
        app.MapGet("/items", () => TypedResults.Ok(items));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return (app, new Uri(address));
    }
}
