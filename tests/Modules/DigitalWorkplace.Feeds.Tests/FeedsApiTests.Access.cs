using System.Net;
using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Feeds.Tests;

/// <summary>Who may read and write: private communities, non-members, unknown ids, anonymous callers.</summary>
public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task UnknownIds_NotFound()
    {
        var client = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var unknown = Guid.CreateVersion7();

        var post = await client.GetPostAsync(unknown);
        var comment = await client.CommentAsync(unknown, "Hello?");
        var reaction = await client.ReactAsync(unknown, "like");
        var posts = await client.CommunityPostsAsync(unknown);
        var publish = await client.PostAsync(unknown, "Anyone?");

        Assert.All([post, comment, reaction, posts, publish], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal("post.not_found", await post.CodeAsync());
        Assert.Equal("community.not_found", await publish.CodeAsync());
    }

    [Fact]
    public async Task PrivateCommunity_NonMember_PostsInvisibleUntilAdded()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var outsiderUser = await Platform.CreateUserAsync();
        var outsider = Platform.CreateClientFor(outsiderUser);
        var community = await owner.CreateCommunityAsync(CommunityVisibility.Private);
        var post = await owner.PublishAsync(community.Id, "Members only");

        var getPost = await outsider.GetPostAsync(post.Id);
        var communityPosts = await outsider.CommunityPostsAsync(community.Id);
        var comment = await outsider.CommentAsync(post.Id, "Let me in");
        var publish = await outsider.PostAsync(community.Id, "Let me in");

        Assert.Equal(HttpStatusCode.NotFound, getPost.StatusCode);
        Assert.Equal("post.not_found", await getPost.CodeAsync());
        Assert.Equal(HttpStatusCode.NotFound, communityPosts.StatusCode);
        Assert.Equal("community.not_found", await communityPosts.CodeAsync());
        Assert.Equal(HttpStatusCode.NotFound, comment.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, publish.StatusCode);
        Assert.DoesNotContain((await outsider.HomeFeedPageAsync()).Items, p => p.Id == post.Id);

        await owner.AddMemberAsync(community.Id, outsiderUser.Id);

        Assert.Equal(post.Id, (await outsider.PostDetailAsync(post.Id)).Post.Id);
        Assert.Contains((await (await outsider.CommunityPostsAsync(community.Id)).ReadAsync<Page<PostDto>>()).Items, p => p.Id == post.Id);
        Assert.Contains((await outsider.HomeFeedPageAsync()).Items, p => p.Id == post.Id);
    }

    [Fact]
    public async Task PublicCommunity_ReaderNotMember_ReadsButForbiddenToPost()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var reader = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync();
        var post = await owner.PublishAsync(community.Id, "Open to all");

        var detail = await reader.PostDetailAsync(post.Id);
        var publish = await reader.PostAsync(community.Id, "Me too");
        var comment = await reader.CommentAsync(post.Id, "Me too");
        var react = await reader.ReactAsync(post.Id, "like");

        Assert.Equal(post.Id, detail.Post.Id);
        Assert.All([publish, comment, react], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal("community.members_only", await publish.CodeAsync());
        Assert.Equal("community.members_only", await comment.CodeAsync());
    }

    [Fact]
    public async Task Feeds_NoCredentials_Unauthorized()
    {
        var anonymous = Platform.CreateClient();

        var feed = await anonymous.HomeFeedAsync();
        var post = await anonymous.PostAsync(Guid.CreateVersion7(), "Hi");

        Assert.Equal(HttpStatusCode.Unauthorized, feed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }
}
