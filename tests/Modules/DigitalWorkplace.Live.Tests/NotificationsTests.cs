using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Notifications;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Live.Tests;

/// <summary>The notification handler under at-least-once delivery, called directly with hand-made events.</summary>
public abstract class NotificationsTests(PlatformFactory platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Notify_SameEventDeliveredTwice_NotifiesOnce()
    {
        var author = await platform.CreateUserAsync();
        var comment = Comment(await CommunityOfAsync(author), postAuthor: author.Id, commenter: Guid.CreateVersion7());

        await DeliverAsync(comment);
        await DeliverAsync(comment);

        var mine = await platform.AsAsync(author, sp => sp.GetRequiredService<INotificationsService>().MineAsync(10, Ct));
        Assert.Equal($"/posts/{comment.PostId}#comment-{comment.CommentId}", Assert.Single(mine).Url);
        Assert.Equal(1, await platform.AsAsync(author, sp => sp.GetRequiredService<INotificationsService>().UnreadCountAsync(Ct)));
    }

    [Fact]
    public async Task Notify_CommentOnOwnPost_NotifiesNobody()
    {
        var author = await platform.CreateUserAsync();

        await DeliverAsync(Comment(await CommunityOfAsync(author), postAuthor: author.Id, commenter: author.Id));

        Assert.Empty(await platform.AsAsync(author, sp => sp.GetRequiredService<INotificationsService>().MineAsync(10, Ct)));
    }

    [Fact]
    public async Task MarkAllRead_ThenUnreadCount_IsZero()
    {
        var author = await platform.CreateUserAsync();
        var community = await CommunityOfAsync(author);
        await DeliverAsync(Comment(community, postAuthor: author.Id, commenter: Guid.CreateVersion7()));
        await DeliverAsync(Comment(community, postAuthor: author.Id, commenter: Guid.CreateVersion7()));

        await platform.AsAsync(author, async sp =>
        {
            await sp.GetRequiredService<INotificationsService>().MarkAllReadAsync(Ct);
            return true;
        });

        Assert.Equal(0, await platform.AsAsync(author, sp => sp.GetRequiredService<INotificationsService>().UnreadCountAsync(Ct)));
        Assert.All(await platform.AsAsync(author, sp => sp.GetRequiredService<INotificationsService>().MineAsync(10, Ct)), n => Assert.True(n.IsRead));
    }

    [Fact]
    public async Task Notify_AuthorHasLeftThePrivateCommunity_LearnsNothing()
    {
        var author = await platform.CreateUserAsync();
        var owner = await platform.CreateUserAsync();
        var community = await CommunityOfAsync(owner, CommunityVisibility.Private);
        await platform.AsAsync(owner, sp => sp.GetRequiredService<ICommunitiesService>().AddMemberAsync(community, author.Id, Ct));
        await platform.AsAsync(author, sp => sp.GetRequiredService<ICommunitiesService>().LeaveAsync(community, Ct));

        await DeliverAsync(Comment(community, postAuthor: author.Id, commenter: owner.Id));

        Assert.Empty(await platform.AsAsync(author, sp => sp.GetRequiredService<INotificationsService>().MineAsync(10, Ct)));
    }

    [Fact]
    public async Task Migrations_OfThisProvider_CoverTheModel()
    {
        var pending = await platform.AsAsync(null, sp => Task.FromResult(sp.GetRequiredService<LiveDbContext>().Database.HasPendingModelChanges()));

        Assert.False(pending, "The Live model changed without a migration for this provider.");
    }

    private Task<bool> DeliverAsync(CommentAddedIntegrationEvent comment) =>
        platform.AsAsync(null, async sp =>
        {
            await sp.GetRequiredService<NotifyPostAuthorOfComment>().HandleAsync(comment, Ct);
            return true;
        });

    /// <summary>A community the person belongs to (they created it): notifications are only for readers of it.</summary>
    private async Task<Guid> CommunityOfAsync(TestUser person, CommunityVisibility visibility = CommunityVisibility.Public)
    {
        var created = await platform.AsAsync(person, sp => sp.GetRequiredService<ICommunitiesService>()
            .CreateAsync($"Notified {Guid.NewGuid():N}"[..30], "", visibility, Ct));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value!.Id;
    }

    private static CommentAddedIntegrationEvent Comment(Guid community, Guid postAuthor, Guid commenter) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), postAuthor, community, commenter, "Léa", "Bravo !", "<p>Bravo !</p>",
            DateTimeOffset.UtcNow);
}

public sealed class NotificationsSqliteTests(SqlitePlatform platform) : NotificationsTests(platform), IClassFixture<SqlitePlatform>;

public sealed class NotificationsPostgresTests(PostgresPlatform platform) : NotificationsTests(platform), IClassFixture<PostgresPlatform>;
