using System.Net;
using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Feeds.Tests;

/// <summary>Posting, commenting, reacting and reading feeds over the real host; run once per database provider.</summary>
public abstract class FeedsApiTests(PlatformFactory platform)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishPost_Markdown_RenderedSanitisedWithAuthorAndCommunity()
    {
        var author = await platform.CreateUserAsync("Ada Barista");
        var client = platform.CreateClientFor(author);
        var community = await client.CreateCommunityAsync();

        var post = await client.PublishAsync(
            community.Id,
            "# Hello **team**\n\n<script>alert('x')</script>\n\n[bad](javascript:alert(1)) and [good](https://example.com)");

        Assert.Contains("<strong>team</strong>", post.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", post.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", post.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://example.com\"", post.Html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener\"", post.Html, StringComparison.Ordinal);
        Assert.Equal(author.Id, post.Author.Id);
        Assert.Equal("Ada Barista", post.Author.DisplayName);
        Assert.Equal(community.Name, post.CommunityName);
        Assert.Equal(0, post.CommentCount);
        var text = await platform.AsAsync(author, sp => sp.GetRequiredService<FeedsDbContext>().Posts.Where(p => p.Id == post.Id).Select(p => p.Text).SingleAsync(Cancel));
        Assert.Contains("Hello team", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomeFeed_25PostsPageSize10_TenTenFiveNewestFirstNoDuplicates()
    {
        var reader = await platform.CreateUserAsync();
        var client = platform.CreateClientFor(reader);
        var first = await client.CreateCommunityAsync();
        var second = await client.CreateCommunityAsync();
        var published = new List<Guid>();
        for (var i = 0; i < 25; i++)
        {
            published.Add((await client.PublishAsync(i % 2 == 0 ? first.Id : second.Id, $"Post number {i}")).Id);
        }

        var page1 = await client.HomeFeedPageAsync(pageSize: 10);
        var page2 = await client.HomeFeedPageAsync(page1.Next, 10);
        var page3 = await client.HomeFeedPageAsync(page2.Next, 10);

        Assert.Equal([10, 10, 5], new[] { page1.Items.Count, page2.Items.Count, page3.Items.Count });
        Assert.NotNull(page1.Next);
        Assert.NotNull(page2.Next);
        Assert.Null(page3.Next);
        var feed = page1.Items.Concat(page2.Items).Concat(page3.Items).Select(p => p.Id).ToList();
        Assert.Equal(25, feed.Distinct().Count());
        // Ids are UUID v7: their text order is their creation order, to the millisecond.
        Assert.Equal(published.OrderByDescending(id => id.ToString(), StringComparer.Ordinal), feed);
        Assert.Equal(published[^1], feed[0]);
    }

    [Fact]
    public async Task HomeFeed_PageOf20VersusPageOf2_SameNumberOfQueries()
    {
        var reader = platform.CreateClientFor(await platform.CreateUserAsync());
        var other = platform.CreateClientFor(await platform.CreateUserAsync());
        var community = await other.CreateCommunityAsync();
        await reader.JoinAsync(community.Id);
        for (var i = 0; i < 20; i++)
        {
            var post = await other.PublishAsync(community.Id, $"Post {i}");
            await reader.ReactAsync(post.Id, i % 2 == 0 ? "like" : "support");
            await other.CommentAsync(post.Id, "First!");
        }

        using var counter = new FeedsQueryCounter(platform.Database == TestDatabase.Sqlite);
        var small = await reader.HomeFeedPageAsync(pageSize: 2);
        var smallQueries = counter.Take();
        var large = await reader.HomeFeedPageAsync(pageSize: 20);
        var largeQueries = counter.Take();

        Assert.Equal(2, small.Items.Count);
        Assert.Equal(20, large.Items.Count);
        Assert.All(large.Items, p => Assert.Equal(1, p.CommentCount));
        Assert.All(large.Items, p => Assert.Single(p.MyReactions));
        // Posts, then every reaction count and the reader's own in one grouped query.
        Assert.Equal(2, largeQueries);
        Assert.Equal(smallQueries, largeQueries);
    }

    [Fact]
    public async Task HomeFeed_PostsOfCommunitiesNotJoined_NotIncluded()
    {
        var reader = platform.CreateClientFor(await platform.CreateUserAsync());
        var other = platform.CreateClientFor(await platform.CreateUserAsync());
        var joined = await other.CreateCommunityAsync();
        var notJoined = await other.CreateCommunityAsync();
        await reader.JoinAsync(joined.Id);
        var visible = await other.PublishAsync(joined.Id, "For members");
        var elsewhere = await other.PublishAsync(notJoined.Id, "Elsewhere");

        var feed = await reader.HomeFeedPageAsync();

        Assert.Contains(feed.Items, p => p.Id == visible.Id);
        Assert.DoesNotContain(feed.Items, p => p.Id == elsewhere.Id);
    }

    [Fact]
    public async Task HomeFeed_BadCursor_BadRequestNamingAfter()
    {
        var client = platform.CreateClientFor(await platform.CreateUserAsync());

        var response = await client.HomeFeedAsync("not-a-cursor!");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("after", await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task PublishPost_SameIdempotencyKeyTwice_OnePostSameId()
    {
        var author = await platform.CreateUserAsync();
        var client = platform.CreateClientFor(author);
        var community = await client.CreateCommunityAsync();
        var key = Guid.NewGuid().ToString();

        var first = await client.PostAsync(community.Id, "Shift swap anyone?", key);
        var retry = await client.PostAsync(community.Id, "Shift swap anyone?", key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var id = (await first.ReadAsync<PostDto>()).Id;
        Assert.Equal(id, (await retry.ReadAsync<PostDto>()).Id);
        Assert.Equal(1, await CountAsync(db => db.Posts.CountAsync(p => p.AuthorId == author.Id, Cancel)));
        Assert.Equal(1, await CountOutboxAsync<PostPublishedIntegrationEvent>(id.ToString()));
    }

    [Fact]
    public async Task AddComment_WithRetryAndSecondComment_OneCommentPerKeyOldestFirstAndCounted()
    {
        var owner = platform.CreateClientFor(await platform.CreateUserAsync());
        var commenter = await platform.CreateUserAsync("Chris Cook");
        var commenterClient = platform.CreateClientFor(commenter);
        var community = await owner.CreateCommunityAsync();
        await commenterClient.JoinAsync(community.Id);
        var post = await owner.PublishAsync(community.Id, "New menu tomorrow");
        var key = Guid.NewGuid().ToString();

        var first = await commenterClient.CommentAsync(post.Id, "Great *news*", key);
        var retry = await commenterClient.CommentAsync(post.Id, "Great *news*", key);
        var second = await owner.CommentAsync(post.Id, "Thanks!");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var comment = await first.ReadAsync<CommentDto>();
        Assert.Equal(comment.Id, (await retry.ReadAsync<CommentDto>()).Id);
        var detail = await commenterClient.PostDetailAsync(post.Id);
        Assert.Equal(2, detail.Post.CommentCount);
        Assert.Equal([comment.Id, (await second.ReadAsync<CommentDto>()).Id], detail.Comments.Select(c => c.Id));
        Assert.Contains("<em>news</em>", detail.Comments[0].Html, StringComparison.Ordinal);
        Assert.Equal("Chris Cook", detail.Comments[0].Author.DisplayName);
        Assert.Equal(1, await CountOutboxAsync<CommentAddedIntegrationEvent>(comment.Id.ToString()));
    }

    [Fact]
    public async Task PublishPost_EmptyOrTooLongMarkdown_BadRequestNamingMarkdownAndNothingWritten()
    {
        var author = await platform.CreateUserAsync();
        var client = platform.CreateClientFor(author);
        var community = await client.CreateCommunityAsync();

        var empty = await client.PostAsync(community.Id, "   ");
        var tooLong = await client.PostAsync(community.Id, new string('a', 10_001), new string('k', 101));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(["markdown"], await empty.ErrorFieldsAsync());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(["idempotencyKey", "markdown"], (await tooLong.ErrorFieldsAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(0, await CountAsync(db => db.Posts.CountAsync(p => p.AuthorId == author.Id, Cancel)));
    }

    [Fact]
    public async Task AddComment_TooLong_BadRequestAndNothingWritten()
    {
        var client = platform.CreateClientFor(await platform.CreateUserAsync());
        var community = await client.CreateCommunityAsync();
        var post = await client.PublishAsync(community.Id, "Hello");

        var response = await client.CommentAsync(post.Id, new string('c', 4_001));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["markdown"], await response.ErrorFieldsAsync());
        Assert.Equal(0, await CountAsync(db => db.Comments.CountAsync(c => c.PostId == post.Id, Cancel)));
    }

    [Fact]
    public async Task React_TwiceThenRemove_CountedOnceThenGone()
    {
        var owner = platform.CreateClientFor(await platform.CreateUserAsync());
        var fan = platform.CreateClientFor(await platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync();
        await fan.JoinAsync(community.Id);
        var post = await owner.PublishAsync(community.Id, "We won the award!");

        Assert.Equal(HttpStatusCode.OK, (await fan.ReactAsync(post.Id, "celebrate")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.ReactAsync(post.Id, "celebrate")).StatusCode);
        var again = await fan.ReactAsync(post.Id, "celebrate");
        await fan.ReactAsync(post.Id, "like");

        var reacted = await again.ReadAsync<PostDto>();
        Assert.Equal(2, Assert.Single(reacted.Reactions).Count);
        Assert.Equal(["celebrate"], reacted.MyReactions);
        var seen = Assert.Single((await fan.HomeFeedPageAsync()).Items, p => p.Id == post.Id);
        Assert.Equal([("like", 1), ("celebrate", 2)], seen.Reactions.Select(r => (r.Kind, r.Count)));
        Assert.Equal(["like", "celebrate"], seen.MyReactions);
        Assert.Equal(3, await CountOutboxAsync<ReactionAddedIntegrationEvent>(post.Id.ToString()));

        Assert.Equal(HttpStatusCode.NoContent, (await fan.UnreactAsync(post.Id, "celebrate")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await fan.UnreactAsync(post.Id, "celebrate")).StatusCode);
        var after = (await fan.PostDetailAsync(post.Id)).Post;
        Assert.Equal([("like", 1), ("celebrate", 1)], after.Reactions.Select(r => (r.Kind, r.Count)));
        Assert.Equal(["like"], after.MyReactions);
    }

    [Fact]
    public async Task React_UnknownKind_BadRequestNamingKind()
    {
        var client = platform.CreateClientFor(await platform.CreateUserAsync());
        var community = await client.CreateCommunityAsync();
        var post = await client.PublishAsync(community.Id, "Hello");

        var response = await client.ReactAsync(post.Id, "angry");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["kind"], await response.ErrorFieldsAsync());
        Assert.Equal(0, await CountAsync(db => db.Reactions.CountAsync(r => r.PostId == post.Id, Cancel)));
    }

    [Fact]
    public async Task UnknownIds_NotFound()
    {
        var client = platform.CreateClientFor(await platform.CreateUserAsync());
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
        var owner = platform.CreateClientFor(await platform.CreateUserAsync());
        var outsiderUser = await platform.CreateUserAsync();
        var outsider = platform.CreateClientFor(outsiderUser);
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
        var owner = platform.CreateClientFor(await platform.CreateUserAsync());
        var reader = platform.CreateClientFor(await platform.CreateUserAsync());
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
        var anonymous = platform.CreateClient();

        var feed = await anonymous.HomeFeedAsync();
        var post = await anonymous.PostAsync(Guid.CreateVersion7(), "Hi");

        Assert.Equal(HttpStatusCode.Unauthorized, feed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task PublishPost_Saved_EventInOutboxThenProcessed()
    {
        var author = await platform.CreateUserAsync("Outbox Author");
        var client = platform.CreateClientFor(author);
        var community = await client.CreateCommunityAsync();

        var post = await client.PublishAsync(community.Id, "Dispatch me");

        var message = await platform.AsAsync(author, sp => sp.GetRequiredService<FeedsDbContext>().OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Type == typeof(PostPublishedIntegrationEvent).FullName && m.Payload.Contains(post.Id.ToString()), Cancel));
        Assert.Contains("Outbox Author", message.Payload, StringComparison.Ordinal);
        var processed = await Eventually.GetAsync(
            () => platform.AsAsync(author, sp => sp.GetRequiredService<FeedsDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == message.Id, Cancel)),
            m => m.ProcessedAt is not null);
        Assert.NotNull(processed.ProcessedAt);
    }

    [Fact]
    public async Task Model_ComparedWithMigrations_HasNoPendingChanges()
    {
        var pending = await platform.AsAsync(null, sp => Task.FromResult(sp.GetRequiredService<FeedsDbContext>().Database.HasPendingModelChanges()));

        Assert.False(pending);
    }

    private Task<int> CountAsync(Func<FeedsDbContext, Task<int>> count) =>
        platform.AsAsync(null, sp => count(sp.GetRequiredService<FeedsDbContext>()));

    private Task<int> CountOutboxAsync<TEvent>(string payloadContains) =>
        CountAsync(db => db.OutboxMessages.CountAsync(m => m.Type == typeof(TEvent).FullName && m.Payload.Contains(payloadContains), Cancel));
}

public sealed class FeedsApiSqliteTests(SqlitePlatform platform) : FeedsApiTests(platform), IClassFixture<SqlitePlatform>;

public sealed class FeedsApiPostgresTests(PostgresPlatform platform) : FeedsApiTests(platform), IClassFixture<PostgresPlatform>;
