using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Tests;

/// <summary>Calls the feeds (and communities) API the way a client does.</summary>
internal static class FeedsApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<CommunitySummary> CreateCommunityAsync(this HttpClient client, CommunityVisibility visibility = CommunityVisibility.Public)
    {
        var name = $"Feed community {Guid.NewGuid():N}";
        var response = await client.PostAsJsonAsync("/api/v1/communities", new { name, description = "Posts go here.", visibility = visibility.ToString() }, Json, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CommunitySummary>(Json, Cancel))!;
    }

    public static async Task JoinAsync(this HttpClient client, Guid communityId) =>
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/communities/{communityId}/join", content: null, Cancel)).StatusCode);

    public static async Task AddMemberAsync(this HttpClient owner, Guid communityId, Guid personId) =>
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsJsonAsync($"/api/v1/communities/{communityId}/members", new { personId }, Json, Cancel)).StatusCode);

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, Guid communityId, string? markdown, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/communities/{communityId}/posts") { Content = JsonContent.Create(new { markdown }, options: Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request, Cancel);
    }

    public static async Task<PostDto> PublishAsync(this HttpClient client, Guid communityId, string markdown)
    {
        var response = await client.PostAsync(communityId, markdown);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<PostDto>();
    }

    public static Task<HttpResponseMessage> CommentAsync(this HttpClient client, Guid postId, string? markdown, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/posts/{postId}/comments") { Content = JsonContent.Create(new { markdown }, options: Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request, Cancel);
    }

    public static Task<HttpResponseMessage> ReactAsync(this HttpClient client, Guid postId, string kind) =>
        client.PutAsync($"/api/v1/posts/{postId}/reactions/{kind}", content: null, Cancel);

    public static Task<HttpResponseMessage> UnreactAsync(this HttpClient client, Guid postId, string kind) =>
        client.DeleteAsync($"/api/v1/posts/{postId}/reactions/{kind}", Cancel);

    public static Task<HttpResponseMessage> HomeFeedAsync(this HttpClient client, string? after = null, int? pageSize = null)
    {
        var query = new List<string>();
        if (after is not null)
        {
            query.Add("after=" + Uri.EscapeDataString(after));
        }

        if (pageSize is not null)
        {
            query.Add($"pageSize={pageSize}");
        }

        return client.GetAsync("/api/v1/feed/home?" + string.Join('&', query), Cancel);
    }

    public static async Task<Page<PostDto>> HomeFeedPageAsync(this HttpClient client, string? after = null, int? pageSize = null)
    {
        var response = await client.HomeFeedAsync(after, pageSize);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<Page<PostDto>>();
    }

    public static Task<HttpResponseMessage> CommunityPostsAsync(this HttpClient client, Guid communityId) =>
        client.GetAsync($"/api/v1/communities/{communityId}/posts", Cancel);

    public static Task<HttpResponseMessage> GetPostAsync(this HttpClient client, Guid postId) =>
        client.GetAsync($"/api/v1/posts/{postId}", Cancel);

    public static async Task<PostDetailDto> PostDetailAsync(this HttpClient client, Guid postId)
    {
        var response = await client.GetPostAsync(postId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<PostDetailDto>();
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json, Cancel))!;

    /// <summary>The problem details' stable <c>code</c>.</summary>
    public static async Task<string?> CodeAsync(this HttpResponseMessage response) =>
        (await response.ReadAsync<JsonElement>()).TryGetProperty("code", out var code) ? code.GetString() : null;
}
