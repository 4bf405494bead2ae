using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DigitalWorkplace.Identity.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Benchmarks;

/// <summary>
/// A directory's first provisioning cycle, as Entra ID runs it: for each of N users a lookup by userName and a creation
/// with the enterprise extension (department naming one of L locations), over real HTTP from a few parallel workers;
/// then one group's members added in batches of 100. A 429 is waited out as Entra does (Retry-After) and counted.
/// </summary>
internal static class ScimLoad
{
    private const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var users = options.Int("--users", 2000);
        var workers = options.Int("--connections", 4);
        var locationCount = options.Int("--locations", 40);
        var (platform, address) = await BenchHost.StartAsync(options.Database);
        await using var _ = platform;

        var admin = await platform.CreateUserAsync("IT", administrator: true);
        await platform.AsAsync(null, async sp =>
        {
            var organization = sp.GetRequiredService<IOrganizationService>();
            for (var i = 0; i < locationCount; i++)
            {
                await organization.EnsureOrgUnitAsync($"Franchisee {i % 4}", OrgUnitKind.Franchisee, "Network", CancellationToken.None);
                await organization.EnsureOrgUnitAsync($"Store {i:00}", OrgUnitKind.Location, $"Franchisee {i % 4}", CancellationToken.None);
            }

            return 0;
        });
        using var api = BenchHost.Client(address, 1, admin.Token);
        var created = await api.PostAsJsonAsync("/api/v1/scim/clients", new { name = "Entra ID (benchmark)" });
        var token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        using var scim = BenchHost.Client(address, workers, token);

        Console.WriteLine($"Provisioning {users} users with {workers} parallel workers ({options.Database})...");
        var latencies = new ConcurrentBag<double>();
        var ids = new ConcurrentDictionary<int, string>();
        var throttled = 0;
        var failures = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < users; i = Interlocked.Increment(ref next))
            {
                var userName = $"user{i:00000}@contoso.example";
                var lookup = await SendAsync(scim, HttpMethod.Get, $"/scim/v2/Users?filter={Uri.EscapeDataString($"userName eq \"{userName}\"")}", null, latencies, () => Interlocked.Increment(ref throttled));
                var create = await SendAsync(scim, HttpMethod.Post, "/scim/v2/Users", User(i, userName, locationCount), latencies, () => Interlocked.Increment(ref throttled));
                if (lookup.StatusCode != HttpStatusCode.OK || create.StatusCode != HttpStatusCode.Created)
                {
                    Interlocked.Increment(ref failures);
                    continue;
                }

                ids[i] = (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            }
        }));
        var usersAt = clock.Elapsed;

        var group = await SendAsync(scim, HttpMethod.Post, "/scim/v2/Groups", """{ "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "All staff" }""", latencies, () => throttled++);
        var groupId = (await group.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var groupClock = Stopwatch.StartNew();
        foreach (var batch in ids.Values.Chunk(100))
        {
            var members = string.Join(", ", batch.Select(id => $$"""{ "value": "{{id}}" }"""));
            var added = await SendAsync(scim, HttpMethod.Patch, $"/scim/v2/Groups/{groupId}",
                $$"""{ "schemas": ["{{PatchOp}}"], "Operations": [{ "op": "Add", "path": "members", "value": [{{members}}] }] }""", latencies, () => throttled++);
            if (added.StatusCode != HttpStatusCode.NoContent)
            {
                failures++;
            }
        }

        var groupAt = groupClock.Elapsed;
        var sorted = latencies.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sorted.Count} requests, {failures} failed, {throttled} answered 429 and retried; request p50 {LoadStats.Percentile(sorted, 50):0.0} ms, p99 {LoadStats.Percentile(sorted, 99):0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"group: {ids.Count} members added in batches of 100 in {groupAt.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scim: {ids.Count} users in {usersAt.TotalSeconds:0.0} s"));
        return failures == 0 ? 0 : 1;
    }

    private static string User(int i, string userName, int locations) => $$"""
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
          "externalId": "{{Guid.NewGuid()}}",
          "userName": "{{userName}}",
          "active": true,
          "displayName": "Given{{i}} Family{{i}}",
          "title": "Sales associate",
          "preferredLanguage": "fr-FR",
          "emails": [{ "primary": true, "type": "work", "value": "{{userName}}" }],
          "name": { "formatted": "Given{{i}} Family{{i}}", "familyName": "Family{{i}}", "givenName": "Given{{i}}" },
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { "employeeNumber": "E{{i:00000}}", "department": "Store {{i % locations:00}}" },
          "meta": { "resourceType": "User" }
        }
        """;

    /// <summary>One request, timed; a 429 is retried after its Retry-After, as Entra's provisioning service does.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? body, ConcurrentBag<double> latencies, Action onThrottled)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/scim+json");
            }

            var started = Stopwatch.GetTimestamp();
            var response = await client.SendAsync(request);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt >= 20)
            {
                return response;
            }

            onThrottled();
            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }
    }
}
