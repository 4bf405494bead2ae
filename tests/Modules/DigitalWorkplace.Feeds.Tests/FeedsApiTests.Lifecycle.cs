using DigitalWorkplace.Testing;
using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Tests;

public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task AnAuthor_EditsTheirPost_ItsReadersSeeTheHistory_AndOnlyTheAuthorMayEdit()
    {
        var author = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var reader = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var outsider = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await author.CreateCommunityAsync();
        var team = await author.CreateCommunityAsync(CommunityVisibility.Private);
        await reader.JoinAsync(community.Id);
        var post = await author.PublishAsync(community.Id, "Opening at **9**");

        var edited = await author.PutAsJsonAsync($"/api/v1/posts/{post.Id}", new { markdown = "Opening at **10**" }, FeedsApi.Json, Cancel);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var now = await edited.ReadAsync<PostDto>();
        Assert.Contains("<strong>10</strong>", now.Html, StringComparison.Ordinal);
        Assert.NotNull(now.EditedAt);
        Assert.Contains("<strong>10</strong>", (await reader.HomeFeedPageAsync()).Items.Single(p => p.Id == post.Id).Html, StringComparison.Ordinal);
        var history = await reader.GetFromJsonAsync<List<PostRevisionDto>>($"/api/v1/posts/{post.Id}/revisions", Cancel);
        Assert.Contains("<strong>9</strong>", Assert.Single(history!).Html, StringComparison.Ordinal);
        var byReader = await reader.PutAsJsonAsync($"/api/v1/posts/{post.Id}", new { markdown = "Hijacked" }, FeedsApi.Json, Cancel);
        Assert.Equal("post.author_only", await byReader.CodeAsync());
        var secret = await author.PublishAsync(team.Id, "Private");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PutAsJsonAsync($"/api/v1/posts/{secret.Id}", new { markdown = "Probe" }, FeedsApi.Json, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/posts/{secret.Id}/revisions", Cancel)).StatusCode);
        Assert.Equal(["markdown"], await (await author.PutAsJsonAsync($"/api/v1/posts/{post.Id}", new { markdown = " " }, FeedsApi.Json, Cancel)).ErrorFieldsAsync());
    }

    [Fact]
    public async Task ADeletedPost_IsGoneForReaders_AndStaysInTheModeratorsQueue()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var writer = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync();
        await writer.JoinAsync(community.Id);
        var post = await writer.PublishAsync(community.Id, "Posted in the wrong place");

        Assert.Equal("post.author_only", await (await owner.DeleteAsync($"/api/v1/posts/{post.Id}", Cancel)).CodeAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync($"/api/v1/posts/{post.Id}", Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetPostAsync(post.Id)).StatusCode);
        Assert.DoesNotContain((await writer.HomeFeedPageAsync()).Items, p => p.Id == post.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.DeleteAsync($"/api/v1/posts/{post.Id}", Cancel)).StatusCode);
        var queue = await owner.GetFromJsonAsync<List<ModerationItemDto>>($"/api/v1/moderation?communityId={community.Id}&view=Deleted", Cancel);
        Assert.Equal("Deleted", Assert.Single(queue!, i => i.PostId == post.Id).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync($"/api/v1/moderation?communityId={community.Id}&view=Deleted", Cancel)).StatusCode);
    }

    [Fact]
    public async Task AModerator_PinsOnePostAtTheTopOfTheCommunity()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var member = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync();
        await member.JoinAsync(community.Id);
        var rules = await owner.PublishAsync(community.Id, "House rules: be kind");
        var other = await owner.PublishAsync(community.Id, "Rota for next week");
        await member.PublishAsync(community.Id, "Newest post");

        Assert.Equal("moderation.moderators_only", await (await member.PutAsync($"/api/v1/posts/{rules.Id}/pin", null, Cancel)).CodeAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await owner.PutAsync($"/api/v1/posts/{rules.Id}/pin", null, Cancel)).StatusCode);
        var page = await (await member.CommunityPostsAsync(community.Id)).ReadAsync<BuildingBlocks.Paging.Page<PostDto>>();
        Assert.Equal(rules.Id, page.Items[0].Id);
        Assert.True(page.Items[0].IsPinned);
        Assert.Single(page.Items, p => p.Id == rules.Id);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.PutAsync($"/api/v1/posts/{other.Id}/pin", null, Cancel)).StatusCode);
        page = await (await member.CommunityPostsAsync(community.Id)).ReadAsync<BuildingBlocks.Paging.Page<PostDto>>();
        Assert.Equal(other.Id, page.Items[0].Id);
        Assert.Single(page.Items, p => p.IsPinned);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/posts/{other.Id}/pin", Cancel)).StatusCode);
        Assert.DoesNotContain((await (await member.CommunityPostsAsync(community.Id)).ReadAsync<BuildingBlocks.Paging.Page<PostDto>>()).Items, p => p.IsPinned);
    }
}
