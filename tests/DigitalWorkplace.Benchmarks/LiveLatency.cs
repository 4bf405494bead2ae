using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Benchmarks;

/// <summary>Post created through the API → delivered to every connected member over SignalR (WebSockets).</summary>
internal static class LiveLatency
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var clientCount = options.Int("--clients", 200);
        var postCount = options.Int("--posts", 20);
        var (platform, address) = await BenchHost.StartAsync(options.Database);
        await using var _ = platform;

        var author = await platform.CreateUserAsync("Author");
        var community = await platform.AsAsync(author, sp => sp.GetRequiredService<ICommunitiesService>()
            .CreateAsync("Live benchmark", "Everyone connected", CommunityVisibility.Public, CancellationToken.None));
        var communityId = community.Value!.Id;

        Console.WriteLine($"Connecting {clientCount} members...");
        var received = new ConcurrentDictionary<Guid, ConcurrentBag<long>>();
        var connections = new List<HubConnection>();
        for (var i = 0; i < clientCount; i++)
        {
            var member = await platform.CreateUserAsync($"Member {i}");
            await platform.AsAsync(member, sp => sp.GetRequiredService<ICommunitiesService>().JoinAsync(communityId, CancellationToken.None));
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(address, LiveHub.Path), o =>
                {
                    o.Transports = HttpTransportType.WebSockets;
                    o.SkipNegotiation = true;
                    o.AccessTokenProvider = () => Task.FromResult<string?>(member.Token);
                })
                .Build();
            connection.On<LivePostMessage>(LiveHub.PostPublished, m => received.GetOrAdd(m.PostId, _ => []).Add(Stopwatch.GetTimestamp()));
            await connection.StartAsync();
            connections.Add(connection);
        }

        using var client = BenchHost.Client(address, 4, author.Token);
        var latencies = new List<double>();
        var lost = 0;
        // Post number 0 warms up (JIT, first outbox round trip) and is not counted.
        for (var p = 0; p <= postCount; p++)
        {
            var sent = Stopwatch.GetTimestamp();
            using var response = await client.PostAsJsonAsync($"/api/v1/communities/{communityId}/posts", new { markdown = $"Live post {p}" });
            response.EnsureSuccessStatusCode();
            var postId = (await response.Content.ReadFromJsonAsync<PostId>())!.Id;
            var deadline = Stopwatch.GetTimestamp() + (5 * Stopwatch.Frequency);
            while ((received.TryGetValue(postId, out var bag) ? bag.Count : 0) < clientCount && Stopwatch.GetTimestamp() < deadline)
            {
                await Task.Delay(1);
            }

            var times = received.TryGetValue(postId, out var arrivals) ? arrivals.ToArray() : [];
            if (p == 0)
            {
                continue;
            }

            lost += clientCount - times.Length;
            latencies.AddRange(times.Select(t => Stopwatch.GetElapsedTime(sent, t).TotalMilliseconds));
        }

        latencies.Sort();
        Console.WriteLine($"post → screen over SignalR, {clientCount} clients × {postCount} posts: p50 {LoadStats.Percentile(latencies, 50):F1} ms, p99 {LoadStats.Percentile(latencies, 99):F1} ms, max {latencies.LastOrDefault():F1} ms, lost {lost}");
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        return lost == 0 ? 0 : 1;
    }

    private sealed record PostId(Guid Id);
}
