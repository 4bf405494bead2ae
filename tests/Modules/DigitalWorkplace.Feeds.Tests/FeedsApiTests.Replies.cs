using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Feeds.Tests;

public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task Replies_AreOneLevelDeep_AndTellTheCommentsAuthor()
    {
        var author = Platform.CreateClientFor(await Platform.CreateUserAsync("Post author"));
        var commenter = await Platform.CreateUserAsync("First commenter");
        var commenterClient = Platform.CreateClientFor(commenter);
        var replier = Platform.CreateClientFor(await Platform.CreateUserAsync("Replier"));
        var community = await author.CreateCommunityAsync();
        await commenterClient.JoinAsync(community.Id);
        await replier.JoinAsync(community.Id);
        var post = await author.PublishAsync(community.Id, "Who closes tonight?");
        var first = await (await commenterClient.CommentAsync(post.Id, "I can")).ReadAsync<CommentDto>();

        var reply = await (await replier.PostAsJsonAsync($"/api/v1/posts/{post.Id}/comments", new { markdown = "Thanks!", replyTo = first.Id }, FeedsApi.Json, Cancel)).ReadAsync<CommentDto>();
        var replyToReply = await (await author.PostAsJsonAsync($"/api/v1/posts/{post.Id}/comments", new { markdown = "Great", replyTo = reply.Id }, FeedsApi.Json, Cancel)).ReadAsync<CommentDto>();

        Assert.Equal(first.Id, reply.ParentId);
        Assert.Equal(first.Id, replyToReply.ParentId);
        var detail = await author.PostDetailAsync(post.Id);
        Assert.Equal(3, detail.Post.CommentCount);
        Assert.Equal(2, detail.Comments.Count(c => c.ParentId == first.Id));
        var told = await Eventually.GetAsync(
            async () => (await commenterClient.GetFromJsonAsync<JsonElement>("/api/v1/notifications", Cancel)).GetProperty("items").EnumerateArray()
                .Where(n => n.GetProperty("kind").GetString() == "reply").Select(n => n.GetProperty("url").GetString()!).ToList(),
            urls => urls.Count >= 2);
        Assert.Contains($"/posts/{post.Id}#comment-{reply.Id}", told);
        var unknown = await replier.PostAsJsonAsync($"/api/v1/posts/{post.Id}/comments", new { markdown = "Lost", replyTo = Guid.NewGuid() }, FeedsApi.Json, Cancel);
        Assert.Equal(["replyTo"], await unknown.ErrorFieldsAsync());
        var other = await author.PublishAsync(community.Id, "Another post");
        var elsewhere = await replier.PostAsJsonAsync($"/api/v1/posts/{other.Id}/comments", new { markdown = "Wrong post", replyTo = first.Id }, FeedsApi.Json, Cancel);
        Assert.Equal(["replyTo"], await elsewhere.ErrorFieldsAsync());
    }
}
