using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Feeds.Tests;

public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task KeywordRules_BlockAWordNamingIt_AndHoldAnotherForApproval_WhichPublishesIt()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var writerUser = await Platform.CreateUserAsync();
        var writer = Platform.CreateClientFor(writerUser);
        var readerUser = await Platform.CreateUserAsync();
        var community = await owner.CreateCommunityAsync();
        await writer.JoinAsync(community.Id);
        var rules = await owner.PutAsJsonAsync($"/api/v1/communities/{community.Id}/publishing-rules",
            new { requiresPostApproval = false, keywordRules = new object[] { new { keyword = "Casino", action = "Block" }, new { keyword = "union meeting", action = "Hold" } } }, Cancel);
        Assert.Equal(HttpStatusCode.OK, rules.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/api/v1/communities/{Guid.NewGuid()}/publishing-rules", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync($"/api/v1/communities/{community.Id}/publishing-rules", Cancel)).StatusCode);

        var blocked = await writer.PostAsync(community.Id, "Tonight: CASINO night!");
        var wordInAWord = await writer.PostAsync(community.Id, "Casinos are not words here, casinoless neither");
        var token = "held" + Guid.NewGuid().ToString("N")[..8];
        var held = await writer.PostAsync(community.Id, $"Union meeting at 6 {token}");

        Assert.Equal(HttpStatusCode.BadRequest, blocked.StatusCode);
        var problem = await blocked.ReadAsync<JsonElement>();
        Assert.Equal("blocked_word", problem.GetProperty("fieldErrors").GetProperty("markdown")[0].GetProperty("code").GetString());
        Assert.Contains("casino", problem.GetProperty("errors").GetProperty("markdown")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, wordInAWord.StatusCode);
        // A poll's answers are read by the same rules, and so is an edit.
        var blockedAnswer = await writer.PostAsJsonAsync($"/api/v1/communities/{community.Id}/posts",
            new { markdown = "Friday plans?", poll = new { options = new List<string> { "Bowling", "Casino" } } }, FeedsApi.Json, Cancel);
        Assert.Equal(["poll.options"], await blockedAnswer.ErrorFieldsAsync());
        var edited = await writer.PutAsJsonAsync($"/api/v1/posts/{(await wordInAWord.ReadAsync<PostDto>()).Id}", new { markdown = "Casino tonight" }, FeedsApi.Json, Cancel);
        Assert.Equal(["markdown"], await edited.ErrorFieldsAsync());
        Assert.Equal(HttpStatusCode.Created, held.StatusCode);
        var heldPost = await held.ReadAsync<PostDto>();
        Assert.Equal("Held", heldPost.Status);
        var reader = Platform.CreateClientFor(readerUser);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetPostAsync(heldPost.Id)).StatusCode);
        var queue = await owner.GetFromJsonAsync<List<ModerationItemDto>>($"/api/v1/moderation?communityId={community.Id}&view=Held", FeedsApi.Json, Cancel);
        Assert.Equal(heldPost.Id, Assert.Single(queue!).PostId);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsync($"/api/v1/moderation/posts/{heldPost.Id}/approve", null, Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await reader.GetPostAsync(heldPost.Id)).StatusCode);
        await Eventually.HoldsAsync(async () => (await SearchAsync(readerUser, token)).Hits.Count == 1, "the approved post is indexed only now");
        await Eventually.HoldsAsync(async () => (await NotificationsAsync(writerUser)).Any(n => n.Kind == "content-approved"), "the writer is told");
    }

    [Fact]
    public async Task PreApproval_HoldsMembersPosts_NotTheModerators_AndHeldCommentsCountOnlyOnceApproved()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var memberUser = await Platform.CreateUserAsync();
        var member = Platform.CreateClientFor(memberUser);
        var community = await owner.CreateCommunityAsync();
        await member.JoinAsync(community.Id);
        await owner.PutAsJsonAsync($"/api/v1/communities/{community.Id}/publishing-rules",
            new { requiresPostApproval = true, keywordRules = new object[] { new { keyword = "strike", action = "Hold" } } }, Cancel);

        var byMember = await member.PublishAsync(community.Id, "My first post");
        var byOwner = await owner.PublishAsync(community.Id, "Welcome everyone");
        var comment = await (await member.CommentAsync(byOwner.Id, "Is there a strike tomorrow?")).ReadAsync<CommentDto>();

        Assert.Equal("Held", byMember.Status);
        Assert.Equal("Published", byOwner.Status);
        Assert.Equal("Held", comment.Status);
        var page = await (await member.CommunityPostsAsync(community.Id)).ReadAsync<DigitalWorkplace.BuildingBlocks.Paging.Page<PostDto>>();
        Assert.Equal([byOwner.Id], page.Items.Select(p => p.Id));
        Assert.Equal(0, page.Items[0].CommentCount);
        Assert.Empty((await member.PostDetailAsync(byOwner.Id)).Comments);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsync($"/api/v1/moderation/posts/{byOwner.Id}/comments/{comment.Id}/approve", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/moderation/posts/{byMember.Id}", Cancel)).StatusCode);

        var detail = await member.PostDetailAsync(byOwner.Id);
        Assert.Single(detail.Comments);
        Assert.Equal(1, detail.Post.CommentCount);
        await Eventually.HoldsAsync(async () => (await NotificationsAsync(memberUser)).Any(n => n.Kind == "content-deleted"), "the declined writer is told");
        var invalid = await owner.PutAsJsonAsync($"/api/v1/communities/{community.Id}/publishing-rules", new { keywordRules = new object[] { new { keyword = "", action = "Hold" } } }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }
}
