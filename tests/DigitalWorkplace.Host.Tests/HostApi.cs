using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Host.Tests;

/// <summary>The community and post a host-level test needs, created through the API as a client would.</summary>
internal static class HostApi
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<CommunitySummary> CreateCommunityAsync(this HttpClient api, string visibility = "Public")
    {
        var created = await api.PostAsJsonAsync("/api/v1/communities", new { name = $"{visibility} {Guid.NewGuid():N}", visibility }, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<CommunitySummary>(JsonSerializerOptions.Web, Cancel))!;
    }

    public static async Task<PostDto> PublishAsync(this HttpClient api, Guid communityId, string markdown)
    {
        var published = await api.PostAsJsonAsync($"/api/v1/communities/{communityId}/posts", new { markdown }, Cancel);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        return (await published.Content.ReadFromJsonAsync<PostDto>(JsonSerializerOptions.Web, Cancel))!;
    }
}
