using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Search.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Feeds.Tests;

public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task AReportedPost_IsHiddenByAModerator_FromFeedsAndSearch_AndTheReporterAndAuthorAreTold()
    {
        var ownerUser = await Platform.CreateUserAsync();
        var owner = Platform.CreateClientFor(ownerUser);
        var authorUser = await Platform.CreateUserAsync();
        var author = Platform.CreateClientFor(authorUser);
        var reporterUser = await Platform.CreateUserAsync();
        var reporter = Platform.CreateClientFor(reporterUser);
        var community = await owner.CreateCommunityAsync();
        await author.JoinAsync(community.Id);
        var token = "spamtoken" + Guid.NewGuid().ToString("N")[..8];
        var post = await author.PublishAsync(community.Id, $"Cheap watches {token}");
        await Eventually.HoldsAsync(async () => (await SearchAsync(reporterUser, token)).Hits.Count == 1, "the post is indexed");

        var reported = await reporter.PostAsJsonAsync($"/api/v1/posts/{post.Id}/reports", new { reason = "spam", details = "Selling stuff" }, Cancel);
        var again = await reporter.PostAsJsonAsync($"/api/v1/posts/{post.Id}/reports", new { reason = "Other" }, Cancel);

        Assert.Equal(HttpStatusCode.Accepted, reported.StatusCode);
        Assert.Equal((await reported.ReadAsync<ReportDto>()).Id, (await again.ReadAsync<ReportDto>()).Id);
        var queue = await owner.GetFromJsonAsync<List<ModerationItemDto>>($"/api/v1/moderation?communityId={community.Id}", FeedsApi.Json, Cancel);
        var item = Assert.Single(queue!);
        Assert.Equal(post.Id, item.PostId);
        Assert.Equal("Spam", Assert.Single(item.Reports).Reason);
        // Only the community's moderators (and administrators) see or decide; the reporter is not among them.
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync($"/api/v1/moderation?communityId={community.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync("/api/v1/moderation", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.PostAsync($"/api/v1/moderation/posts/{post.Id}/hide", null, Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsync($"/api/v1/moderation/posts/{post.Id}/hide", null, Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync($"/api/v1/posts/{post.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/api/v1/posts/{post.Id}", Cancel)).StatusCode);
        Assert.DoesNotContain((await (await reporter.CommunityPostsAsync(community.Id)).ReadAsync<DigitalWorkplace.BuildingBlocks.Paging.Page<PostDto>>()).Items, p => p.Id == post.Id);
        Assert.DoesNotContain((await author.HomeFeedPageAsync()).Items, p => p.Id == post.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.CommentAsync(post.Id, "still here?")).StatusCode);
        await Eventually.HoldsAsync(async () => (await SearchAsync(reporterUser, token)).Hits.Count == 0, "search forgets the hidden post");
        await Eventually.HoldsAsync(async () => (await NotificationsAsync(reporterUser)).Any(n => n.Kind == "report-hidden"), "the reporter is told");
        await Eventually.HoldsAsync(async () => (await NotificationsAsync(authorUser)).Any(n => n.Kind == "content-hidden"), "the author is told");
        Assert.Empty((await owner.GetFromJsonAsync<List<ModerationItemDto>>($"/api/v1/moderation?communityId={community.Id}", FeedsApi.Json, Cancel))!);
        var hidden = await owner.GetFromJsonAsync<List<ModerationItemDto>>($"/api/v1/moderation?communityId={community.Id}&view=Hidden", FeedsApi.Json, Cancel);
        Assert.Equal("Hidden", Assert.Single(hidden!).Status);

        // Restored, it is back in the feed and in search.
        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsync($"/api/v1/moderation/posts/{post.Id}/restore", null, Cancel)).StatusCode);
        Assert.Contains((await (await reporter.CommunityPostsAsync(community.Id)).ReadAsync<DigitalWorkplace.BuildingBlocks.Paging.Page<PostDto>>()).Items, p => p.Id == post.Id);
        await Eventually.HoldsAsync(async () => (await SearchAsync(reporterUser, token)).Hits.Count == 1, "search finds the restored post");
        var admin = Platform.CreateClientFor(await Platform.CreateUserAsync(administrator: true));
        var audited = await Eventually.GetAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?subjectId={post.Id}", Cancel)).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList(),
            actions => actions.Contains("moderation.hidden") && actions.Contains("moderation.kept"));
        Assert.Contains("moderation.hidden", audited);
    }

    [Fact]
    public async Task AReportedComment_IsDeleted_TheCountFollows_AndReportsNeedAReadableTargetAndAReason()
    {
        var ownerUser = await Platform.CreateUserAsync();
        var owner = Platform.CreateClientFor(ownerUser);
        var memberUser = await Platform.CreateUserAsync();
        var member = Platform.CreateClientFor(memberUser);
        var outsider = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var team = await owner.CreateCommunityAsync(CommunityVisibility.Private);
        await owner.AddMemberAsync(team.Id, memberUser.Id);
        var post = await owner.PublishAsync(team.Id, "Rota for next week");
        var comment = await (await member.CommentAsync(post.Id, "Rude remark")).ReadAsync<CommentDto>();

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/v1/posts/{post.Id}/reports", new { reason = "Spam" }, Cancel)).StatusCode);
        var noReason = await owner.PostAsJsonAsync($"/api/v1/posts/{post.Id}/comments/{comment.Id}/reports", new { reason = "because" }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.ReadAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsJsonAsync($"/api/v1/posts/{post.Id}/comments/{Guid.NewGuid()}/reports", new { reason = "Spam" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await owner.PostAsJsonAsync($"/api/v1/posts/{post.Id}/comments/{comment.Id}/reports", new { reason = "Harassment" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.DeleteAsync($"/api/v1/moderation/posts/{post.Id}/comments/{comment.Id}", Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/moderation/posts/{post.Id}/comments/{comment.Id}", Cancel)).StatusCode);

        var detail = await owner.GetFromJsonAsync<PostDetailDto>($"/api/v1/posts/{post.Id}", FeedsApi.Json, Cancel);
        Assert.Empty(detail!.Comments);
        Assert.Equal(0, detail.Post.CommentCount);
        await Eventually.HoldsAsync(async () => (await NotificationsAsync(memberUser)).Any(n => n.Kind == "content-deleted"), "the author is told");
        // The administrators' queue spans every community.
        var admin = Platform.CreateClientFor(await Platform.CreateUserAsync(administrator: true));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/moderation", Cancel)).StatusCode);
    }

    private async Task<SearchResultsDto> SearchAsync(TestUser reader, string text) =>
        await Platform.AsAsync(reader, sp => sp.GetRequiredService<ISearchService>().SearchAsync(text, 20, CancellationToken.None));

    private async Task<IReadOnlyList<NotificationDto>> NotificationsAsync(TestUser person) =>
        await Platform.AsAsync(person, sp => sp.GetRequiredService<INotificationsService>().MineAsync(50, CancellationToken.None));
}
