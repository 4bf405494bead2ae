using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Hubs;
using DigitalWorkplace.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Live.Tests;

/// <summary>One app node whose SignalR fans out through Redis (<c>Redis</c>).</summary>
public sealed class RedisLiveNode() : PlatformFactory(TestDatabase.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["Redis"] = RedisServer.ConnectionString };
}

/// <summary>Two nodes on one Redis backplane.</summary>
public sealed class TwoLiveNodes : IAsyncLifetime
{
    public RedisLiveNode First { get; } = new();

    public RedisLiveNode Second { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await First.InitializeAsync();
        await Second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
    }
}

public sealed class LiveBackplaneTests(TwoLiveNodes nodes) : IClassFixture<TwoLiveNodes>
{
    [Fact]
    public async Task Send_OnOneNode_ReachesConnectionOnTheOther()
    {
        var person = await nodes.Second.CreateUserAsync();
        await using var live = await LiveClient.ConnectAsync(nodes.Second, person);
        var notification = new NotificationDto(Guid.CreateVersion7(), "comment", "Léa: bravo", "/posts/1", DateTimeOffset.UtcNow, IsRead: false);

        // What a handler on the first node does when the outbox hands it the event.
        await nodes.First.Services.GetRequiredService<IHubContext<LiveEventsHub>>()
            .Clients.Group(LiveGroups.Person(person.Id))
            .SendAsync(LiveHub.NotificationReceived, notification, TestContext.Current.CancellationToken);

        var received = await live.Notifications.ReadAsync(TestContext.Current.CancellationToken).AsTask()
            .WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal(notification, received);
    }
}
