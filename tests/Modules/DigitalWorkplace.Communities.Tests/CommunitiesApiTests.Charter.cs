using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Tests;

public abstract partial class CommunitiesApiTests
{
    [Fact]
    public async Task ACharter_IsAcceptedBeforeWriting_AndAcceptedAgainWhenItChanges()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var member = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync();
        await member.JoinAsync(community.Id);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(member, community.Id)).StatusCode);

        var v1 = await (await owner.PutAsJsonAsync($"/api/v1/communities/{community.Id}/charter", new { text = "Be kind. No prices of competitors." }, Cancel)).ReadAsync<CommunitySummary>();

        Assert.Equal(1, v1.CharterVersion);
        Assert.False(v1.MustAcceptCharter);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(owner, community.Id)).StatusCode);
        var refused = await PostAsync(member, community.Id);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("community.charter_not_accepted", await refused.CodeAsync());
        Assert.True((await member.GetFromJsonAsync<CommunitySummary>($"/api/v1/communities/{community.Id}", CommunitiesApi.Json, Cancel))!.MustAcceptCharter);
        Assert.Equal(HttpStatusCode.OK, (await member.PostAsJsonAsync($"/api/v1/communities/{community.Id}/charter/accept", new { version = 1 }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(member, community.Id)).StatusCode);

        await owner.PutAsJsonAsync($"/api/v1/communities/{community.Id}/charter", new { text = "Be kind. No prices of competitors. No photos of customers." }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(member, community.Id)).StatusCode);
        var stale = await member.PostAsJsonAsync($"/api/v1/communities/{community.Id}/charter/accept", new { version = 1 }, Cancel);
        Assert.Equal("community.charter_changed", await stale.CodeAsync());
        Assert.Equal(HttpStatusCode.OK, (await member.PostAsJsonAsync($"/api/v1/communities/{community.Id}/charter/accept", new { version = 2 }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(member, community.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsJsonAsync($"/api/v1/communities/{community.Id}/charter", new { text = "Anything goes" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.PutAsJsonAsync($"/api/v1/communities/{community.Id}/charter", new { text = new string('x', 4001) }, Cancel)).StatusCode);
        var outsider = Platform.CreateClientFor(await Platform.CreateUserAsync());
        Assert.Equal("community.not_member", await (await outsider.PostAsJsonAsync($"/api/v1/communities/{community.Id}/charter/accept", new { version = 2 }, Cancel)).CodeAsync());
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid communityId) =>
        client.PostAsJsonAsync($"/api/v1/communities/{communityId}/posts", new { markdown = "Hello " + Guid.NewGuid() }, Cancel);
}
