using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Live.Tests;

/// <summary>The hub through the real host and the SignalR .NET client (long polling over the test server).</summary>
public abstract class LiveHubTests(PlatformFactory platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Connect_Member_ReceivesPostPublishedInTheirCommunity()
    {
        var author = await platform.CreateUserAsync();
        var reader = await platform.CreateUserAsync();
        var community = await CreateCommunityAsync(author, CommunityVisibility.Public);
        await AddMemberAsync(author, community, reader);
        await using var live = await LiveClient.ConnectAsync(platform, reader);

        var post = await PublishAsync(author, community, "Bonjour l'équipe !");

        var message = await live.Posts.ReadAsync(Ct).AsTask().WaitAsync(Patience, Ct);
        Assert.Equal(post.Id, message.PostId);
        Assert.Equal(community.Id, message.CommunityId);
        Assert.Equal(author.Id, message.AuthorId);
        Assert.Contains("équipe", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostOfAnExternalAuthor_ArrivesMarkedExternal_AsThePageShowsIt()
    {
        var contractor = await platform.CreateUserAsync("Cleaning contractor", Identity.Contracts.EmploymentType.External);
        var reader = await platform.CreateUserAsync();
        var community = await CreateCommunityAsync(contractor, CommunityVisibility.Public);
        await AddMemberAsync(contractor, community, reader);
        await using var live = await LiveClient.ConnectAsync(platform, reader);

        await PublishAsync(contractor, community, "Floors done at gate 12");

        var message = await live.Posts.ReadAsync(Ct).AsTask().WaitAsync(Patience, Ct);
        Assert.True(message.AuthorIsExternal);
        Assert.Null(message.AuthorPhotoUrl);
    }

    [Fact]
    public async Task Connect_NonMemberOfPrivateCommunity_ReceivesNothingFromIt()
    {
        var author = await platform.CreateUserAsync();
        var outsider = await platform.CreateUserAsync();
        var board = await CreateCommunityAsync(author, CommunityVisibility.Private);
        var lobby = await CreateCommunityAsync(author, CommunityVisibility.Public);
        await AddMemberAsync(author, lobby, outsider);
        await using var live = await LiveClient.ConnectAsync(platform, outsider);

        // The outbox delivers in order: once the public post arrives, the private one would already have come.
        await PublishAsync(author, board, "Confidentiel");
        var lobbyPost = await PublishAsync(author, lobby, "Pour tout le monde");

        var first = await live.Posts.ReadAsync(Ct).AsTask().WaitAsync(Patience, Ct);
        Assert.Equal(lobbyPost.Id, first.PostId);
        Assert.False(live.Posts.TryRead(out _));
    }

    [Fact]
    public async Task Leave_Community_StopsItsPostsOnOpenConnections()
    {
        var author = await platform.CreateUserAsync();
        var reader = await platform.CreateUserAsync();
        var team = await CreateCommunityAsync(author, CommunityVisibility.Private);
        var lobby = await CreateCommunityAsync(author, CommunityVisibility.Public);
        await AddMemberAsync(author, team, reader);
        await AddMemberAsync(author, lobby, reader);
        await using var live = await LiveClient.ConnectAsync(platform, reader);

        var left = await platform.AsAsync(reader, sp => sp.GetRequiredService<ICommunitiesService>().LeaveAsync(team.Id, Ct));
        Assert.True(left.IsSuccess, left.Error?.Message);
        // The join events of the set-up may still be on their way: wait for the leave.
        LiveMembershipMessage changed;
        do
        {
            changed = await live.MembershipChanges.ReadAsync(Ct).AsTask().WaitAsync(Patience, Ct);
        }
        while (changed.IsMember);

        Assert.Equal(new LiveMembershipMessage(team.Id, IsMember: false), changed);

        await PublishAsync(author, team, "After you left");
        var lobbyPost = await PublishAsync(author, lobby, "Still here");

        var first = await live.Posts.ReadAsync(Ct).AsTask().WaitAsync(Patience, Ct);
        Assert.Equal(lobbyPost.Id, first.PostId);
    }

    [Fact]
    public async Task Resubscribing_WhileBeingRemoved_NeverPutsTheConnectionBackInTheCommunity()
    {
        var owner = await platform.CreateUserAsync();
        var reader = await platform.CreateUserAsync();
        var team = await CreateCommunityAsync(owner, CommunityVisibility.Private);
        var lobby = await CreateCommunityAsync(owner, CommunityVisibility.Public);
        await AddMemberAsync(owner, team, reader);
        await AddMemberAsync(owner, lobby, reader);
        await using var live = await LiveClient.ConnectAsync(platform, reader);

        // The client keeps resubscribing (as several tabs' membership messages would make it) while the owner removes them.
        var resubscribing = Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                await live.ResubscribeAsync();
            }
        }, Ct);
        var removed = await platform.AsAsync(owner, sp => sp.GetRequiredService<ICommunitiesService>().RemoveMemberAsync(team.Id, reader.Id, Ct));
        Assert.True(removed.IsSuccess, removed.Error?.Message);
        await resubscribing;
        LiveMembershipMessage changed;
        do
        {
            changed = await live.MembershipChanges.ReadAsync(Ct).AsTask().WaitAsync(Patience, Ct);
        }
        while (changed.IsMember);

        await live.ResubscribeAsync();
        await PublishAsync(owner, team, "Members only, after the removal");
        var lobbyPost = await PublishAsync(owner, lobby, "For everyone");

        var first = await live.Posts.ReadAsync(Ct).AsTask().WaitAsync(Patience, Ct);
        Assert.Equal(lobbyPost.Id, first.PostId);
    }

    [Fact]
    public async Task AReactionTakenBack_IsBroadcastToTheCommunity_AndWhoReactedFollows()
    {
        var author = await platform.CreateUserAsync();
        var fan = await platform.CreateUserAsync("Fickle Fan");
        var reader = await platform.CreateUserAsync();
        var community = await CreateCommunityAsync(author, CommunityVisibility.Public);
        await AddMemberAsync(author, community, fan);
        await AddMemberAsync(author, community, reader);
        var post = await PublishAsync(author, community, "New croissants");
        var reacted = await platform.AsAsync(fan, sp => sp.GetRequiredService<IFeedsService>().ReactAsync(post.Id, "celebrate", Ct));
        Assert.True(reacted.IsSuccess, reacted.Error?.Message);
        var reactors = await platform.AsAsync(reader, sp => sp.GetRequiredService<IFeedsService>().ReactorsAsync(post.Id, Ct));
        Assert.Equal("Fickle Fan", Assert.Single(Assert.Single(reactors.Value!).People).DisplayName);
        await using var live = await LiveClient.ConnectAsync(platform, reader);

        var removed = await platform.AsAsync(fan, sp => sp.GetRequiredService<IFeedsService>().RemoveReactionAsync(post.Id, "celebrate", Ct));
        var twice = await platform.AsAsync(fan, sp => sp.GetRequiredService<IFeedsService>().RemoveReactionAsync(post.Id, "celebrate", Ct));

        Assert.True(removed.IsSuccess && twice.IsSuccess);
        var message = await live.ReactionsRemoved.ReadAsync(Ct).AsTask().WaitAsync(Patience, Ct);
        Assert.Equal(new LiveReactionMessage(post.Id, community.Id, fan.Id, "celebrate"), message);
        Assert.Empty((await platform.AsAsync(reader, sp => sp.GetRequiredService<IFeedsService>().ReactorsAsync(post.Id, Ct))).Value!);
    }

    [Fact]
    public async Task Reactions_ToAPost_AreOneNotificationWhileUnread_NamingTheNewestFirst()
    {
        var author = await platform.CreateUserAsync();
        var ana = await platform.CreateUserAsync("Ana Réaction");
        var bo = await platform.CreateUserAsync("Bo Réaction");
        var cy = await platform.CreateUserAsync("Cy Réaction");
        var community = await CreateCommunityAsync(author, CommunityVisibility.Public);
        foreach (var person in new[] { ana, bo, cy })
        {
            await AddMemberAsync(author, community, person);
        }

        var post = await PublishAsync(author, community, "Our new menu board");
        Assert.True((await platform.AsAsync(author, sp => sp.GetRequiredService<IFeedsService>().ReactAsync(post.Id, "like", Ct))).IsSuccess, "one's own reaction tells nothing");
        foreach (var person in new[] { ana, bo, cy })
        {
            Assert.True((await platform.AsAsync(person, sp => sp.GetRequiredService<IFeedsService>().ReactAsync(post.Id, "celebrate", Ct))).IsSuccess);
        }

        var reactions = await Eventually.GetAsync(
            async () => (await platform.AsAsync(author, sp => sp.GetRequiredService<INotificationsService>().MineAsync(20, Ct))).Where(n => n.Kind == "reactions").ToList(),
            found => found.Count == 1 && found[0].Text.Contains("+1", StringComparison.Ordinal));
        Assert.Equal("Cy Réaction, Bo Réaction, +1", Assert.Single(reactions).Text);
        Assert.Equal($"/posts/{post.Id}", reactions[0].Url);
    }

    [Fact]
    public async Task AVote_InAPoll_IsBroadcastWithTheNewCounts()
    {
        var author = await platform.CreateUserAsync();
        var voter = await platform.CreateUserAsync();
        var reader = await platform.CreateUserAsync();
        var community = await CreateCommunityAsync(author, CommunityVisibility.Public);
        await AddMemberAsync(author, community, voter);
        await AddMemberAsync(author, community, reader);
        var post = await platform.AsAsync(author, sp => sp.GetRequiredService<IFeedsService>().PublishPostAsync(
            community.Id, "Staff party: which day?", null, Ct, poll: new PollInput(["Friday", "Saturday"])));
        await using var live = await LiveClient.ConnectAsync(platform, reader);

        var voted = await platform.AsAsync(voter, sp => sp.GetRequiredService<IFeedsService>().VoteAsync(post.Value!.Id, [1], Ct));

        Assert.True(voted.IsSuccess, voted.Error?.Message);
        var message = await live.Polls.ReadAsync(Ct).AsTask().WaitAsync(Patience, Ct);
        Assert.Equal((post.Value!.Id, community.Id, 1), (message.PostId, message.CommunityId, message.Voters));
        Assert.Equal([0, 1], message.Counts);
    }

    [Fact]
    public async Task Comment_OnSomeonesPost_NotifiesTheAuthorLiveAndInTheCentre()
    {
        var author = await platform.CreateUserAsync();
        var commenter = await platform.CreateUserAsync("Ana Commenter");
        var community = await CreateCommunityAsync(author, CommunityVisibility.Public);
        await AddMemberAsync(author, community, commenter);
        var post = await PublishAsync(author, community, "Qui est dispo samedi ?");
        await using var live = await LiveClient.ConnectAsync(platform, author);

        await CommentAsync(author, post, "Moi-même, bien sûr"); // one's own comment notifies nobody
        var comment = await CommentAsync(commenter, post, "Moi !");

        var notification = await live.Notifications.ReadAsync(Ct).AsTask().WaitAsync(Patience, Ct);
        Assert.Equal("comment", notification.Kind);
        Assert.Equal("Ana Commenter: Moi !", notification.Text);
        Assert.Equal($"/posts/{post.Id}#comment-{comment.Id}", notification.Url);
        Assert.False(notification.IsRead);

        using var client = platform.CreateClientFor(author);
        var centre = await client.GetFromJsonAsync<NotificationListDto>("/api/v1/notifications", Ct);
        Assert.Equal(notification.Id, Assert.Single(centre!.Items).Id);
        Assert.Equal(1, centre.UnreadCount);

        using var read = await client.PostAsync("/api/v1/notifications/read", content: null, Ct);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        var after = await client.GetFromJsonAsync<NotificationListDto>("/api/v1/notifications", Ct);
        Assert.Equal(0, after!.UnreadCount);
        Assert.True(Assert.Single(after.Items).IsRead);
    }

    [Fact]
    public async Task Comment_Added_ReachesCommunityMembersLive()
    {
        var author = await platform.CreateUserAsync();
        var reader = await platform.CreateUserAsync();
        var community = await CreateCommunityAsync(author, CommunityVisibility.Public);
        await AddMemberAsync(author, community, reader);
        var post = await PublishAsync(author, community, "Planning de la semaine");
        await using var live = await LiveClient.ConnectAsync(platform, reader);

        var comment = await CommentAsync(author, post, "Mis à jour");

        var message = await live.Comments.ReadAsync(Ct).AsTask().WaitAsync(Patience, Ct);
        Assert.Equal(comment.Id, message.CommentId);
        Assert.Equal(post.Id, message.PostId);
        Assert.Equal(community.Id, message.CommunityId);
    }

    [Fact]
    public async Task Connect_WithoutToken_IsRefusedWith401()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(platform.Server.BaseAddress, LiveHub.Path), o =>
            {
                o.HttpMessageHandlerFactory = _ => platform.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        await using (connection)
        {
            var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync(Ct));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
    }

    [Fact]
    public async Task Notifications_Anonymous_Returns401()
    {
        using var client = platform.CreateClient();

        using var response = await client.GetAsync("/api/v1/notifications", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<CommunitySummary> CreateCommunityAsync(TestUser owner, CommunityVisibility visibility)
    {
        var created = await platform.AsAsync(owner, sp =>
            sp.GetRequiredService<ICommunitiesService>().CreateAsync("Live " + Guid.NewGuid().ToString("N")[..8], "For live tests", visibility, Ct));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value!;
    }

    private async Task AddMemberAsync(TestUser owner, CommunitySummary community, TestUser member)
    {
        var added = await platform.AsAsync(owner, sp => sp.GetRequiredService<ICommunitiesService>().AddMemberAsync(community.Id, member.Id, Ct));
        Assert.True(added.IsSuccess, added.Error?.Message);
    }

    private async Task<PostDto> PublishAsync(TestUser author, CommunitySummary community, string markdown)
    {
        var published = await platform.AsAsync(author, sp => sp.GetRequiredService<IFeedsService>().PublishPostAsync(community.Id, markdown, null, Ct));
        Assert.True(published.IsSuccess, published.Error?.Message);
        return published.Value!;
    }

    private async Task<CommentDto> CommentAsync(TestUser author, PostDto post, string markdown)
    {
        var added = await platform.AsAsync(author, sp => sp.GetRequiredService<IFeedsService>().AddCommentAsync(post.Id, markdown, null, Ct));
        Assert.True(added.IsSuccess, added.Error?.Message);
        return added.Value!;
    }
}

public sealed class LiveHubSqliteTests(SqlitePlatform platform) : LiveHubTests(platform), IClassFixture<SqlitePlatform>;

public sealed class LiveHubPostgresTests(PostgresPlatform platform) : LiveHubTests(platform), IClassFixture<PostgresPlatform>;
