using DigitalWorkplace.BuildingBlocks.Messaging;
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
public abstract partial class FeedsApiTests(PlatformFactory platform)
{
    protected PlatformFactory Platform { get; } = platform;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishPost_Markdown_RenderedSanitisedWithAuthorAndCommunity()
    {
        var author = await Platform.CreateUserAsync("Ada Barista");
        var client = Platform.CreateClientFor(author);
        var community = await client.CreateCommunityAsync();

        var post = await client.PublishAsync(
            community.Id,
            "# Hello **team**\n\n<script>alert('x')</script>\n\n[bad](javascript:alert(1)) and [good](https://example.com)");

        Assert.Contains("<strong>team</strong>", post.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", post.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", post.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://example.com\"", post.Html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", post.Html, StringComparison.Ordinal);
        Assert.Equal(author.Id, post.Author.Id);
        Assert.Equal("Ada Barista", post.Author.DisplayName);
        Assert.Equal(community.Name, post.CommunityName);
        Assert.Equal(0, post.CommentCount);
        var text = await Platform.AsAsync(author, sp => sp.GetRequiredService<FeedsDbContext>().Posts.Where(p => p.Id == post.Id).Select(p => p.Text).SingleAsync(Cancel));
        Assert.Contains("Hello team", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishPost_SameIdempotencyKeyTwice_OnePostSameId()
    {
        var author = await Platform.CreateUserAsync();
        var client = Platform.CreateClientFor(author);
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
    public async Task PublishPost_KeyReusedForAnotherCommunity_422AndNothingWritten()
    {
        var author = await Platform.CreateUserAsync();
        var client = Platform.CreateClientFor(author);
        var first = await client.CreateCommunityAsync();
        var second = await client.CreateCommunityAsync();
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(first.Id, "In the first community", key)).StatusCode);

        var reused = await client.PostAsync(second.Id, "In the first community", key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Contains("idempotency.key_reused", await reused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(db => db.Posts.CountAsync(p => p.AuthorId == author.Id, Cancel)));
    }

    [Fact]
    public async Task PublishPost_KeyReusedWithAnotherText_422NotAReplayOfTheFirstPost()
    {
        var author = await Platform.CreateUserAsync();
        var client = Platform.CreateClientFor(author);
        var community = await client.CreateCommunityAsync();
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(community.Id, "Shift swap on Saturday?", key)).StatusCode);

        var reused = await client.PostAsync(community.Id, "Something else entirely", key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Contains("idempotency.key_reused", await reused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(db => db.Posts.CountAsync(p => p.AuthorId == author.Id, Cancel)));
    }

    [Fact]
    public async Task PublishPost_ParallelRetriesWithOneKey_OnePostAndEveryAnswerNamesIt()
    {
        var author = await Platform.CreateUserAsync();
        var client = Platform.CreateClientFor(author);
        var community = await client.CreateCommunityAsync();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.PostAsync(community.Id, "Flaky network", key)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        var ids = await Task.WhenAll(responses.Select(r => r.ReadAsync<PostDto>()));
        Assert.Single(ids.Select(p => p.Id).Distinct());
        Assert.Equal(1, await CountAsync(db => db.Posts.CountAsync(p => p.AuthorId == author.Id, Cancel)));
        Assert.Equal(1, await CountOutboxAsync<PostPublishedIntegrationEvent>(ids[0].Id.ToString()));
    }

    [Fact]
    public async Task AddComment_WithRetryAndSecondComment_OneCommentPerKeyOldestFirstAndCounted()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var commenter = await Platform.CreateUserAsync("Chris Cook");
        var commenterClient = Platform.CreateClientFor(commenter);
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
        var author = await Platform.CreateUserAsync();
        var client = Platform.CreateClientFor(author);
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
        var client = Platform.CreateClientFor(await Platform.CreateUserAsync());
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
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var fan = Platform.CreateClientFor(await Platform.CreateUserAsync());
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
        var client = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await client.CreateCommunityAsync();
        var post = await client.PublishAsync(community.Id, "Hello");

        var response = await client.ReactAsync(post.Id, "angry");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["kind"], await response.ErrorFieldsAsync());
        Assert.Equal(0, await CountAsync(db => db.Reactions.CountAsync(r => r.PostId == post.Id, Cancel)));
    }

    [Fact]
    public async Task PublishPost_Saved_EventInOutboxThenDeliveredToEachSubscriber()
    {
        var author = await Platform.CreateUserAsync("Outbox Author");
        var client = Platform.CreateClientFor(author);
        var community = await client.CreateCommunityAsync();

        var post = await client.PublishAsync(community.Id, "Dispatch me");

        var message = await Platform.AsAsync(author, sp => sp.GetRequiredService<FeedsDbContext>().OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Type == "feeds.post-published" && m.Payload.Contains(post.Id.ToString()), Cancel));
        Assert.Contains("Outbox Author", message.Payload, StringComparison.Ordinal);
        var deliveries = await Eventually.GetAsync(
            () => Platform.AsAsync(author, sp => sp.GetRequiredService<FeedsDbContext>().OutboxDeliveries.AsNoTracking().Where(d => d.MessageId == message.Id).ToListAsync(Cancel)),
            all => all.Count == 5 && all.TrueForAll(d => d.DeliveredAt is not null));
        Assert.Equal(["feeds.preview-link", "live.broadcast-post", "live.notify-mentioned-in-post", "live.notify-recognised", "search.index-post"], deliveries.Select(d => d.Subscriber).Order(StringComparer.Ordinal));
        Assert.All(deliveries, d => Assert.NotNull(d.DeliveredAt));
    }

    [Fact]
    public async Task FeedsService_MemberPublishes_SameRulesAndIndexSourceListsPost()
    {
        var author = await Platform.CreateUserAsync("Service Author");
        var outsider = await Platform.CreateUserAsync();
        var community = await Platform.CreateClientFor(author).CreateCommunityAsync(CommunityVisibility.Private);

        var published = await Platform.AsAsync(author, sp => sp.GetRequiredService<IFeedsService>().PublishPostAsync(community.Id, "From the *UI*", null, Cancel));
        var refused = await Platform.AsAsync(outsider, sp => sp.GetRequiredService<IFeedsService>().PublishPostAsync(community.Id, "Me too", null, Cancel));
        var indexed = await Platform.AsAsync(null, async sp =>
        {
            var events = new List<PostPublishedIntegrationEvent>();
            await foreach (var e in sp.GetRequiredService<IFeedsIndexSource>().AllPostsAsync(Cancel))
            {
                events.Add(e);
            }

            return events;
        });

        Assert.True(published.IsSuccess);
        Assert.Equal("community.not_found", refused.Error?.Code);
        var entry = Assert.Single(indexed, e => e.PostId == published.Value!.Id);
        Assert.Equal("Service Author", entry.AuthorName);
        Assert.Equal("From the UI", entry.Text);
    }

    [Fact]
    public async Task Model_ComparedWithMigrations_HasNoPendingChanges()
    {
        var pending = await Platform.AsAsync(null, sp => Task.FromResult(sp.GetRequiredService<FeedsDbContext>().Database.HasPendingModelChanges()));

        Assert.False(pending);
    }

    /// <summary>
    /// The queries one read sends, once two reads in a row agree: EF Core skips its diagnostic events for a
    /// moment after finding nobody listening, per pooled context, so the first reads may be under-counted.
    /// </summary>
    private static async Task<int> SteadyQueryCountAsync<T>(FeedsQueryCounter counter, Func<Task<T>> read)
    {
        counter.Take();
        var previous = -1;
        return await Eventually.GetAsync(
            async () =>
            {
                await read();
                var count = counter.Take();
                // Two reads in a row sending as many commands: whatever warmed up (caches, connections) has.
                var steady = previous >= 0 && count == previous;
                previous = count;
                return steady ? count : -1;
            },
            count => count >= 0);
    }

    private Task<int> CountAsync(Func<FeedsDbContext, Task<int>> count) =>
        Platform.AsAsync(null, sp => count(sp.GetRequiredService<FeedsDbContext>()));

    private Task<int> CountOutboxAsync<TEvent>(string payloadContains) =>
        CountAsync(db => db.OutboxMessages.CountAsync(m => m.Type == IntegrationEventRegistry.NameOf(typeof(TEvent)) && m.Payload.Contains(payloadContains), Cancel));
}

public sealed class FeedsApiSqliteTests(SqlitePlatform platform) : FeedsApiTests(platform), IClassFixture<SqlitePlatform>;

public sealed class FeedsApiPostgresTests(PostgresPlatform platform) : FeedsApiTests(platform), IClassFixture<PostgresPlatform>;
