using System.Threading.Channels;
using DigitalWorkplace.Live.Contracts;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace DigitalWorkplace.Testing;

/// <summary>A person's hub connection whose messages queue up in channels, so tests await them instead of sleeping.</summary>
public sealed class LiveClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<LivePostMessage> _posts = Channel.CreateUnbounded<LivePostMessage>();
    private readonly Channel<LiveCommentMessage> _comments = Channel.CreateUnbounded<LiveCommentMessage>();
    private readonly Channel<NotificationDto> _notifications = Channel.CreateUnbounded<NotificationDto>();
    private readonly Channel<LiveMembershipMessage> _memberships = Channel.CreateUnbounded<LiveMembershipMessage>();
    private readonly Channel<LiveReactionMessage> _reactionsRemoved = Channel.CreateUnbounded<LiveReactionMessage>();
    private readonly Channel<LivePollMessage> _polls = Channel.CreateUnbounded<LivePollMessage>();

    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LiveClient(HubConnection connection, bool resubscribe)
    {
        _connection = connection;
        connection.Closed += _ =>
        {
            _closed.TrySetResult();
            return Task.CompletedTask;
        };
        connection.On<LivePostMessage>(LiveHub.PostPublished, m => _posts.Writer.TryWrite(m));
        connection.On<LiveCommentMessage>(LiveHub.CommentAdded, m => _comments.Writer.TryWrite(m));
        connection.On<NotificationDto>(LiveHub.NotificationReceived, m => _notifications.Writer.TryWrite(m));
        connection.On<LiveReactionMessage>(LiveHubEvents.ReactionRemoved, m => _reactionsRemoved.Writer.TryWrite(m));
        connection.On<LivePollMessage>(LiveHubEvents.PollVoted, m => _polls.Writer.TryWrite(m));
        // As the real client does: a membership change makes it ask the server for its groups again.
        connection.On<LiveMembershipMessage>(LiveHubEvents.MembershipChanged, async m =>
        {
            if (resubscribe)
            {
                await connection.InvokeAsync(LiveHubMethods.Resubscribe);
            }

            _memberships.Writer.TryWrite(m);
        });
    }

    public ChannelReader<LivePostMessage> Posts => _posts.Reader;

    public ChannelReader<LiveCommentMessage> Comments => _comments.Reader;

    public ChannelReader<NotificationDto> Notifications => _notifications.Reader;

    public ChannelReader<LiveMembershipMessage> MembershipChanges => _memberships.Reader;

    public ChannelReader<LiveReactionMessage> ReactionsRemoved => _reactionsRemoved.Reader;

    public ChannelReader<LivePollMessage> Polls => _polls.Reader;

    /// <summary>Completes when the server closes the connection.</summary>
    public Task Closed => _closed.Task;

    /// <param name="resubscribe">False for a modified client that ignores <c>membershipChanged</c>.</param>
    public static Task<LiveClient> ConnectAsync(PlatformFactory platform, TestUser user, bool resubscribe = true) =>
        ConnectAsync(platform, o => o.AccessTokenProvider = () => Task.FromResult<string?>(user.Token), resubscribe);

    /// <summary>Connects as a browser does: with its session cookie.</summary>
    public static Task<LiveClient> ConnectWithCookieAsync(PlatformFactory platform, string cookie) =>
        ConnectAsync(platform, o => o.Headers["Cookie"] = cookie, resubscribe: true);

    private static async Task<LiveClient> ConnectAsync(PlatformFactory platform, Action<HttpConnectionOptions> credentials, bool resubscribe)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(platform.Server.BaseAddress, LiveHub.Path), o =>
            {
                o.HttpMessageHandlerFactory = _ => platform.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                credentials(o);
            })
            .Build();
        var client = new LiveClient(connection, resubscribe);
        await connection.StartAsync(TestContext.Current.CancellationToken);
        // StartAsync returns after the handshake, possibly before OnConnectedAsync has joined the groups;
        // an invocation is only handled after it, so this returns once the connection is subscribed.
        await connection.InvokeAsync(LiveHubMethods.Resubscribe, TestContext.Current.CancellationToken);
        return client;
    }

    /// <summary>Asks the server for this connection's community groups again, as the client does on <c>membershipChanged</c>.</summary>
    public Task ResubscribeAsync() => _connection.InvokeAsync(LiveHubMethods.Resubscribe, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
