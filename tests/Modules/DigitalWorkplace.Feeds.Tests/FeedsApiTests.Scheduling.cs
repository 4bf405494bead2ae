using DigitalWorkplace.Testing;
using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Feeds.Tests;

public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task AScheduledPost_IsPublishedAtItsTime_AsItsAuthor_Once_OrFailsIfTheyMayNoLongerPost()
    {
        var author = Platform.CreateClientFor(await Platform.CreateUserAsync("Planner"));
        var leaver = Platform.CreateClientFor(await Platform.CreateUserAsync("Leaver"));
        var community = await author.CreateCommunityAsync();
        await leaver.JoinAsync(community.Id);
        var at = DateTimeOffset.UtcNow.AddHours(2);

        var scheduled = await (await author.PostAsJsonAsync($"/api/v1/communities/{community.Id}/scheduled-posts",
            new { markdown = "Briefing: doors open at 6", publishAt = at, poll = new { options = new List<string> { "Coming", "Not coming" } } }, FeedsApi.Json, Cancel)).ReadAsync<ScheduledPostDto>();
        var doomed = await (await leaver.PostAsJsonAsync($"/api/v1/communities/{community.Id}/scheduled-posts", new { markdown = "Never", publishAt = at }, FeedsApi.Json, Cancel)).ReadAsync<ScheduledPostDto>();
        var cancelled = await (await author.PostAsJsonAsync($"/api/v1/communities/{community.Id}/scheduled-posts", new { markdown = "Changed my mind", publishAt = at }, FeedsApi.Json, Cancel)).ReadAsync<ScheduledPostDto>();

        Assert.Equal("Waiting", scheduled.Status);
        Assert.DoesNotContain((await author.HomeFeedPageAsync()).Items, p => p.Html.Contains("Briefing", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await leaver.DeleteAsync($"/api/v1/scheduled-posts/{cancelled.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"/api/v1/scheduled-posts/{cancelled.Id}", Cancel)).StatusCode);
        Assert.True((await leaver.DeleteAsync($"/api/v1/communities/{community.Id}/members/me", Cancel)).IsSuccessStatusCode);

        // Its time comes (moved into the past rather than waiting for it).
        await Platform.AsAsync(null, async sp => await sp.GetRequiredService<FeedsDbContext>().ScheduledPosts
            .Where(s => s.Id == scheduled.Id || s.Id == doomed.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.PublishAt, DateTimeOffset.UtcNow.AddMinutes(-1)), Cancel));
        var scheduler = Platform.Services.GetRequiredService<PostScheduler>();
        await scheduler.PublishDueAsync(Cancel);
        await scheduler.PublishDueAsync(Cancel);

        var published = (await author.HomeFeedPageAsync()).Items.Where(p => p.Html.Contains("Briefing", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Coming", "Not coming"], Assert.Single(published).Poll!.Options.Select(o => o.Text));
        var mine = await author.GetFromJsonAsync<List<ScheduledPostDto>>("/api/v1/me/scheduled-posts", Cancel);
        Assert.Empty(mine!);
        var failed = Assert.Single((await leaver.GetFromJsonAsync<List<ScheduledPostDto>>("/api/v1/me/scheduled-posts", Cancel))!);
        Assert.Equal(("Failed", "community.members_only"), (failed.Status, failed.Failure));
    }

    [Fact]
    public async Task AScheduledPost_IsForTheComingYear_AndKeepsTheCommunitysRules()
    {
        var author = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await author.CreateCommunityAsync();
        Task<HttpResponseMessage> Schedule(object body) => author.PostAsJsonAsync($"/api/v1/communities/{community.Id}/scheduled-posts", body, FeedsApi.Json, Cancel);

        Assert.Equal(["publishAt"], await (await Schedule(new { markdown = "Late", publishAt = DateTimeOffset.UtcNow.AddHours(-1) })).ErrorFieldsAsync());
        Assert.Equal(["publishAt"], await (await Schedule(new { markdown = "Far", publishAt = DateTimeOffset.UtcNow.AddYears(2) })).ErrorFieldsAsync());
        Assert.Equal(["markdown", "publishAt"], (await (await Schedule(new { markdown = " " })).ErrorFieldsAsync()).Order());
        Assert.Equal(["poll.options"], await (await Schedule(new { markdown = "Poll", publishAt = DateTimeOffset.UtcNow.AddHours(1), poll = new { options = new List<string> { "Alone" } } })).ErrorFieldsAsync());
    }
}
