using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Host.Tests;

/// <summary>
/// What is cached never weakens security, on any node: two nodes on one PostgreSQL and one Redis, each answering from
/// memory, and a revocation, a sign-out or a membership change on one is honoured by the other at once.
/// </summary>
public sealed class ClusterTests(Cluster cluster) : IClassFixture<Cluster>
{
    /// <summary>"At once": the invalidation crosses Redis in milliseconds; the caches would otherwise keep answers a minute.</summary>
    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(2);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TokenRevokedOnOneNode_IsRefusedByTheOtherAtOnce()
    {
        var person = await cluster.First.CreateUserAsync();
        using var onFirst = cluster.First.CreateClientFor(person);
        using var onSecond = cluster.Second.CreateClientFor(person);
        var created = await onSecond.PostAsJsonAsync("/api/v1/me/tokens", new { name = "till" }, Cancel);
        var till = await created.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var tillOnFirst = cluster.First.CreateClientFor(person with { Token = till.GetProperty("token").GetString()! });
        Assert.Equal(HttpStatusCode.OK, (await tillOnFirst.GetAsync("/api/v1/people/me", Cancel)).StatusCode);

        await onSecond.DeleteAsync($"/api/v1/me/tokens/{till.GetProperty("id").GetGuid()}", Cancel);

        await AssertSoonAsync(async () => (await tillOnFirst.GetAsync("/api/v1/people/me", Cancel)).StatusCode == HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task MemberLeavingOnOneNode_StopsReadingThePrivateCommunityOnTheOtherAtOnce()
    {
        var owner = await cluster.First.CreateUserAsync();
        var member = await cluster.First.CreateUserAsync();
        using var ownerApi = cluster.First.CreateClientFor(owner);
        var community = await ownerApi.CreateCommunityAsync("Private");
        await ownerApi.PostAsJsonAsync($"/api/v1/communities/{community.Id}/members", new { personId = member.Id }, Cancel);
        var post = await ownerApi.PublishAsync(community.Id, "Safe code: 4711");
        using var memberOnFirst = cluster.First.CreateClientFor(member);
        using var memberOnSecond = cluster.Second.CreateClientFor(member);
        Assert.Equal(HttpStatusCode.OK, (await memberOnFirst.GetAsync($"/api/v1/posts/{post.Id}", Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await memberOnSecond.DeleteAsync($"/api/v1/communities/{community.Id}/members/me", Cancel)).StatusCode);

        await AssertSoonAsync(async () => (await memberOnFirst.GetAsync($"/api/v1/posts/{post.Id}", Cancel)).StatusCode == HttpStatusCode.NotFound);
        var feed = await memberOnFirst.GetFromJsonAsync<JsonElement>("/api/v1/feed/home", Cancel);
        Assert.DoesNotContain("4711", feed.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModerationOnOneNode_BanMuteHideAndSecret_TakesEffectOnTheOtherAtOnce()
    {
        var owner = await cluster.First.CreateUserAsync();
        var banned = await cluster.First.CreateUserAsync();
        var muted = await cluster.First.CreateUserAsync();
        var reader = await cluster.First.CreateUserAsync();
        using var ownerOnSecond = cluster.Second.CreateClientFor(owner);
        var community = await ownerOnSecond.CreateCommunityAsync("Public");
        foreach (var person in new[] { banned, muted, reader })
        {
            using var client = cluster.First.CreateClientFor(person);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/communities/{community.Id}/join", null, Cancel)).StatusCode);
        }

        var post = await ownerOnSecond.PublishAsync(community.Id, "Inventory on Sunday");
        using var bannedOnFirst = cluster.First.CreateClientFor(banned);
        using var mutedOnFirst = cluster.First.CreateClientFor(muted);
        using var readerOnFirst = cluster.First.CreateClientFor(reader);
        using var outsiderOnFirst = cluster.First.CreateClientFor(await cluster.First.CreateUserAsync());
        Assert.Equal(HttpStatusCode.OK, (await readerOnFirst.GetAsync($"/api/v1/posts/{post.Id}", Cancel)).StatusCode);

        await ownerOnSecond.PostAsJsonAsync($"/api/v1/communities/{community.Id}/members/{muted.Id}/mute", new { days = 1 }, Cancel);
        await AssertSoonAsync(async () => (await mutedOnFirst.PostAsJsonAsync($"/api/v1/posts/{post.Id}/comments", new { markdown = "me" }, Cancel)).StatusCode == HttpStatusCode.Forbidden);

        await ownerOnSecond.PostAsync($"/api/v1/moderation/posts/{post.Id}/hide", null, Cancel);
        await AssertSoonAsync(async () => (await readerOnFirst.GetAsync($"/api/v1/posts/{post.Id}", Cancel)).StatusCode == HttpStatusCode.NotFound);
        Assert.DoesNotContain("Inventory on Sunday", (await readerOnFirst.GetFromJsonAsync<JsonElement>("/api/v1/feed/home", Cancel)).GetRawText(), StringComparison.Ordinal);

        // Made secret, then the ban: an outsider and the banned person find nothing on the other node.
        var name = (await ownerOnSecond.GetFromJsonAsync<JsonElement>($"/api/v1/communities/{community.Id}", Cancel)).GetProperty("name").GetString();
        await ownerOnSecond.PutAsJsonAsync($"/api/v1/communities/{community.Id}", new { name, visibility = "Secret" }, Cancel);
        await AssertSoonAsync(async () => (await outsiderOnFirst.GetAsync($"/api/v1/communities/{community.Id}", Cancel)).StatusCode == HttpStatusCode.NotFound);
        await ownerOnSecond.PostAsJsonAsync($"/api/v1/communities/{community.Id}/bans", new { personId = banned.Id }, Cancel);
        await AssertSoonAsync(async () => (await bannedOnFirst.GetAsync($"/api/v1/communities/{community.Id}", Cancel)).StatusCode == HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await readerOnFirst.GetAsync($"/api/v1/communities/{community.Id}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task MemberLeavingOnOneNode_StopsReceivingLiveOnTheOther_EvenWithAClientThatIgnoresTheNotice()
    {
        var owner = await cluster.First.CreateUserAsync();
        var member = await cluster.First.CreateUserAsync();
        using var ownerApi = cluster.First.CreateClientFor(owner);
        var managers = await ownerApi.CreateCommunityAsync("Private");
        var lobby = await ownerApi.CreateCommunityAsync("Public");
        await ownerApi.PostAsJsonAsync($"/api/v1/communities/{managers.Id}/members", new { personId = member.Id }, Cancel);
        await ownerApi.PostAsJsonAsync($"/api/v1/communities/{lobby.Id}/members", new { personId = member.Id }, Cancel);
        await using var live = await LiveClient.ConnectAsync(cluster.First, member, resubscribe: false);
        using var memberOnSecond = cluster.Second.CreateClientFor(member);

        Assert.Equal(HttpStatusCode.NoContent, (await memberOnSecond.DeleteAsync($"/api/v1/communities/{managers.Id}/members/me", Cancel)).StatusCode);

        // Each round publishes a private post and watches for it until well past the time it could arrive late (the
        // other node's dispatcher may deliver it, up to its poll interval later), then until a public post published
        // after that. Rounds go on until one ends without its private post: the guard's interval after the leave, at most.
        var lateArrivalWindow = TimeSpan.FromSeconds(3);
        var stopped = await Eventually.GetAsync(async () =>
        {
            var secret = (await ownerApi.PublishAsync(managers.Id, "Managers only")).Id;
            var received = await ReceivedWithinAsync(live, lateArrivalWindow);
            received.AddRange(await ReceivedUntilAsync(live, (await ownerApi.PublishAsync(lobby.Id, "Everyone")).Id));
            return !received.Contains(secret);
        }, done => done, TimeSpan.FromSeconds(20));

        Assert.True(stopped, "The connection kept receiving the private community's posts.");
    }

    /// <summary>Every post that arrives within the window: absence can only be observed over a length of time.</summary>
    private static async Task<List<Guid>> ReceivedWithinAsync(LiveClient live, TimeSpan window)
    {
        var received = new List<Guid>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        deadline.CancelAfter(window);
        try
        {
            while (true)
            {
                received.Add((await live.Posts.ReadAsync(deadline.Token)).PostId);
            }
        }
        catch (OperationCanceledException) when (!Cancel.IsCancellationRequested)
        {
            return received;
        }
    }

    private static async Task<List<Guid>> ReceivedUntilAsync(LiveClient live, Guid marker)
    {
        var received = new List<Guid>();
        while (!received.Contains(marker))
        {
            received.Add((await live.Posts.ReadAsync(Cancel).AsTask().WaitAsync(TimeSpan.FromSeconds(10), Cancel)).PostId);
        }

        return received;
    }



    [Fact]
    public async Task SignedOutOnOneNode_TheCookieIsRefusedByTheOtherAtOnce()
    {
        var person = await cluster.First.CreateUserAsync();
        var browser = await cluster.First.SignedInBrowserAsync(person);
        var session = browser.CookiesOf().Single(c => c.Name == "dw.session");
        using var onSecond = cluster.Second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        onSecond.DefaultRequestHeaders.Add("Cookie", $"{session.Name}={session.Value}");
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/api/v1/people/me", Cancel)).StatusCode);

        await browser.PostFormAsync("/", "/account/logout", new Dictionary<string, string>());

        await AssertSoonAsync(async () => (await onSecond.GetAsync("/api/v1/people/me", Cancel)).StatusCode == HttpStatusCode.Unauthorized);
    }

    private static Task AssertSoonAsync(Func<Task<bool>> condition) => Eventually.HoldsAsync(condition, "Refused on the other node", AtOnce);
}
