using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Tests;

/// <summary>Calls the communities API the way a client does.</summary>
internal static class CommunitiesApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static string UniqueName(string prefix) => $"{prefix} {Guid.NewGuid():N}";

    public static Task<HttpResponseMessage> PostCommunityAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/v1/communities", body, Json, Cancel);

    public static async Task<CommunitySummary> CreateCommunityAsync(this HttpClient client, string? name = null, CommunityVisibility visibility = CommunityVisibility.Public, bool isOfficial = false)
    {
        var response = await client.PostCommunityAsync(new { name = name ?? UniqueName("Community"), description = "Where we talk.", visibility = visibility.ToString(), isOfficial });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CommunitySummary>(Json, Cancel))!;
    }

    public static async Task<IReadOnlyList<CommunitySummary>> CommunitiesAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<List<CommunitySummary>>("/api/v1/communities", Json, Cancel))!;

    public static Task<HttpResponseMessage> JoinAsync(this HttpClient client, Guid communityId) =>
        client.PostAsync($"/api/v1/communities/{communityId}/join", content: null, Cancel);

    public static Task<HttpResponseMessage> AddMemberAsync(this HttpClient client, Guid communityId, Guid personId) =>
        client.PostAsJsonAsync($"/api/v1/communities/{communityId}/members", new { personId }, Json, Cancel);

    public static Task<HttpResponseMessage> LeaveAsync(this HttpClient client, Guid communityId) =>
        client.DeleteAsync($"/api/v1/communities/{communityId}/members/me", Cancel);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json, Cancel))!;

    /// <summary>The problem details' stable <c>code</c>.</summary>
    public static async Task<string?> CodeAsync(this HttpResponseMessage response) =>
        (await response.ReadAsync<JsonElement>()).TryGetProperty("code", out var code) ? code.GetString() : null;
}
