using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Feeds.Tests;

public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task APoll_TakesOneVoteAPerson_WhichTheyMayChange_AndCountsShowInTheFeed()
    {
        var author = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var voter = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var other = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var outsider = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await author.CreateCommunityAsync();
        await voter.JoinAsync(community.Id);
        await other.JoinAsync(community.Id);

        var post = await (await author.PostAsJsonAsync($"/api/v1/communities/{community.Id}/posts",
            new { markdown = "Which shift for the inventory?", poll = new { options = new List<string> { " Morning ", "Evening" } } }, FeedsApi.Json, Cancel)).ReadAsync<PostDto>();

        Assert.Equal(["Morning", "Evening"], post.Poll!.Options.Select(o => o.Text));
        Assert.False(post.Poll.Multiple);
        Assert.Equal(HttpStatusCode.OK, (await voter.VoteAsync(post.Id, 0)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.VoteAsync(post.Id, 1)).StatusCode);
        var changed = await (await voter.VoteAsync(post.Id, 1)).ReadAsync<PollDto>();
        Assert.Equal((0, 2, 2), (changed.Options[0].Votes, changed.Options[1].Votes, changed.Voters));
        Assert.Equal([1], changed.MyChoices);
        Assert.Equal(["choices"], await (await voter.VoteAsync(post.Id, 0, 1)).ErrorFieldsAsync());
        Assert.Equal(["choices"], await (await voter.VoteAsync(post.Id, 7)).ErrorFieldsAsync());
        Assert.Equal(["choices"], await (await voter.VoteAsync(post.Id)).ErrorFieldsAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.VoteAsync(post.Id, 0)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await voter.VoteAsync(Guid.NewGuid(), 0)).StatusCode);
        var plain = await author.PublishAsync(community.Id, "No poll here");
        Assert.Equal("poll.not_found", await (await voter.VoteAsync(plain.Id, 0)).CodeAsync());
        var inFeed = (await voter.HomeFeedPageAsync()).Items.Single(p => p.Id == post.Id).Poll!;
        Assert.Equal((2, 2), (inFeed.Options[1].Votes, inFeed.Voters));
        Assert.Equal([1], inFeed.MyChoices);
    }

    [Fact]
    public async Task AMultipleChoicePoll_TakesSeveralAnswers_AndAClosedOneNoMore()
    {
        var author = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await author.CreateCommunityAsync();
        var post = await (await author.PostAsJsonAsync($"/api/v1/communities/{community.Id}/posts",
            new { markdown = "Which pastries for Sunday?", poll = new { options = new List<string> { "Croissant", "Pain au chocolat", "Chausson" }, multiple = true, closesAt = DateTimeOffset.UtcNow.AddDays(2) } }, FeedsApi.Json, Cancel)).ReadAsync<PostDto>();

        var voted = await (await author.VoteAsync(post.Id, 0, 2)).ReadAsync<PollDto>();
        Assert.Equal((1, 0, 1, 1), (voted.Options[0].Votes, voted.Options[1].Votes, voted.Options[2].Votes, voted.Voters));

        await Platform.AsAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<FeedsDbContext>();
            var stored = await db.Posts.SingleAsync(p => p.Id == post.Id, Cancel);
            db.Entry(stored).Property(p => p.Poll).CurrentValue = stored.Poll! with { ClosesAt = DateTimeOffset.UtcNow.AddMinutes(-1) };
            return await db.SaveChangesAsync(Cancel);
        });
        var closed = await author.VoteAsync(post.Id, 1);
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal("poll.closed", await closed.CodeAsync());
    }

    [Fact]
    public async Task APollsAnswers_AreTwoToTenDifferentOnes_ClosingInTheFuture()
    {
        var author = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await author.CreateCommunityAsync();
        Task<HttpResponseMessage> Ask(object poll) => author.PostAsJsonAsync($"/api/v1/communities/{community.Id}/posts", new { markdown = "Question?", poll }, FeedsApi.Json, Cancel);

        Assert.Equal(["poll.options"], await (await Ask(new { options = new List<string> { "Only one" } })).ErrorFieldsAsync());
        Assert.Equal(["poll.options"], await (await Ask(new { options = new List<string> { "Same", "same" } })).ErrorFieldsAsync());
        Assert.Equal(["poll.options"], await (await Ask(new { options = new List<string> { "Fine", " " } })).ErrorFieldsAsync());
        Assert.Equal(["poll.options"], await (await Ask(new { options = new List<string?> { "Fine", null } })).ErrorFieldsAsync());
        Assert.Equal(["poll.options"], await (await Ask(new { options = Enumerable.Range(0, 11).Select(i => $"Answer {i}").ToArray() })).ErrorFieldsAsync());
        Assert.Equal(["poll.closesAt"], await (await Ask(new { options = new List<string> { "Yes", "No" }, closesAt = DateTimeOffset.UtcNow.AddHours(-1) })).ErrorFieldsAsync());
    }
}

internal static class PollsApi
{
    public static Task<HttpResponseMessage> VoteAsync(this HttpClient client, Guid postId, params int[] choices) =>
        client.PutAsJsonAsync($"/api/v1/posts/{postId}/poll/vote", new { choices }, FeedsApi.Json, TestContext.Current.CancellationToken);
}
