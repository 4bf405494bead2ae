using System.Net;
using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Feeds.Tests;

/// <summary>The home feed: membership, order, cursor paging and its query count.</summary>
public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task HomeFeed_25PostsPageSize10_TenTenFiveNewestFirstNoDuplicates()
    {
        var reader = await Platform.CreateUserAsync();
        var client = Platform.CreateClientFor(reader);
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
    public async Task HomeFeed_Warm_PageOf20AndPageOf2_NeedNoQuery()
    {
        var reader = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var other = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await other.CreateCommunityAsync();
        await reader.JoinAsync(community.Id);
        for (var i = 0; i < 20; i++)
        {
            var post = await other.PublishAsync(community.Id, $"Post {i}");
            await reader.ReactAsync(post.Id, i % 2 == 0 ? "like" : "support");
            await other.CommentAsync(post.Id, "First!");
        }

        using var counter = new FeedsQueryCounter(Platform);
        var small = await reader.HomeFeedPageAsync(pageSize: 2);
        var large = await reader.HomeFeedPageAsync(pageSize: 20);
        var smallQueries = await SteadyQueryCountAsync(counter, () => reader.HomeFeedPageAsync(pageSize: 2));
        var largeQueries = await SteadyQueryCountAsync(counter, () => reader.HomeFeedPageAsync(pageSize: 20));

        Assert.Equal(2, small.Items.Count);
        Assert.Equal(20, large.Items.Count);
        Assert.All(large.Items, p => Assert.Equal(1, p.CommentCount));
        Assert.All(large.Items, p => Assert.Single(p.MyReactions));
        // Warm, a page comes from the community's cached timeline and the posts' cached reactions, however large.
        Assert.Equal(0, largeQueries);
        Assert.Equal(smallQueries, largeQueries);
    }

    [Fact]
    public async Task HomeFeed_PagedBeyondTheCachedTimelines_ListsEveryPostOnceInOrder()
    {
        var reader = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var author = await Platform.CreateUserAsync();
        var other = Platform.CreateClientFor(author);
        var first = await other.CreateCommunityAsync();
        var second = await other.CreateCommunityAsync();
        await reader.JoinAsync(first.Id);
        await reader.JoinAsync(second.Id);
        var published = new List<Guid>();
        // More posts in one community than its cached window holds, so the last pages come from the database
        // (through the service, not the API: this many in a second is beyond one person's rate limit).
        for (var i = 0; i < 75; i++)
        {
            var communityId = i % 5 == 0 ? second.Id : first.Id;
            var post = await Platform.AsAsync(author, sp => sp.GetRequiredService<IFeedsService>().PublishPostAsync(communityId, $"Post {i}", null, Cancel));
            published.Add(post.Value!.Id);
        }

        var seen = new List<Guid>();
        string? after = null;
        do
        {
            var page = await reader.HomeFeedPageAsync(after, pageSize: 20);
            seen.AddRange(page.Items.Select(p => p.Id));
            after = page.Next;
        }
        while (after is not null);

        // UUID v7 ids made in the same millisecond are not ordered by creation: the feed's order is the ids'.
        Assert.Equal(published.OrderByDescending(id => id.ToString(), StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task HomeFeed_Warm_ShowsANewPostReactionAndCommentAtOnce()
    {
        var reader = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var other = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await other.CreateCommunityAsync();
        await reader.JoinAsync(community.Id);
        var older = await other.PublishAsync(community.Id, "Older");
        Assert.Single((await reader.HomeFeedPageAsync()).Items);

        var newer = await other.PublishAsync(community.Id, "Newer");
        Assert.Equal([newer.Id, older.Id], (await reader.HomeFeedPageAsync()).Items.Select(p => p.Id));

        await reader.ReactAsync(newer.Id, "celebrate");
        await other.CommentAsync(newer.Id, "Thanks!");
        var reacted = (await reader.HomeFeedPageAsync()).Items[0];
        Assert.Equal(["celebrate"], reacted.MyReactions);
        Assert.Equal(1, reacted.CommentCount);

        await reader.UnreactAsync(newer.Id, "celebrate");
        Assert.Empty((await reader.HomeFeedPageAsync()).Items[0].MyReactions);
    }

    [Fact]
    public async Task HomeFeed_PostsOfCommunitiesNotJoined_NotIncluded()
    {
        var reader = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var other = Platform.CreateClientFor(await Platform.CreateUserAsync());
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
        var client = Platform.CreateClientFor(await Platform.CreateUserAsync());

        var response = await client.HomeFeedAsync("not-a-cursor!");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("after", await response.ErrorFieldsAsync());
    }
}
