using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DigitalWorkplace.BuildingBlocks.Caching;

/// <summary>
/// With several nodes (a <c>Redis</c> connection string), every invalidation is published on one Redis channel and each
/// node applies the ones it hears, so a revoked token or a removed member is refused on every node at once. If Redis is
/// unreachable, the other nodes' answers still expire within <see cref="CachePolicy.MaxLifetime"/>.
/// </summary>
internal sealed partial class RedisInvalidationRelay(RedisConnection redis, CacheInvalidation invalidation, ILogger<RedisInvalidationRelay> logger)
    : IHostedService, IDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("dw:cache-invalidation");

    // Redis echoes a node's own messages back to it: tagged with this id, they are not applied a second time.
    private readonly string _node = Guid.NewGuid().ToString("N");
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Never holds up the start: an unreachable Redis is retried in the background (and logged) until it answers.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        invalidation.Broadcast = PublishAsync;
        _ = SubscribeAsync(redis.Multiplexer.GetSubscriber(), _stopping.Token);
        return Task.CompletedTask;
    }

    private async Task SubscribeAsync(ISubscriber subscriber, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await subscriber.SubscribeAsync(Channel, (_, message) =>
                {
                    var (node, keys) = Split(message.ToString());
                    if (node != _node)
                    {
                        foreach (var key in keys.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                        {
                            invalidation.InvalidateHere(key);
                        }
                    }
                });
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                LogSubscribeFailed(ex);
                await Task.Delay(TimeSpan.FromSeconds(5), stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    // A host may be stopped twice (a test stopping a node, then disposing it) or disposed before it is stopped: the
    // first of stop and dispose wins, the other does nothing.
    private int _stopped;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        invalidation.Broadcast = null;
        await redis.Multiplexer.GetSubscriber().UnsubscribeAsync(Channel);
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _stopped, 1);
        _stopping.Dispose();
    }

    // "node|key1\nkey2...": keys are ids and names, never line breaks.
    private static (string Node, string Keys) Split(string message) =>
        message.IndexOf('|', StringComparison.Ordinal) is var bar and >= 0 ? (message[..bar], message[(bar + 1)..]) : ("", message);

    private async Task PublishAsync(IReadOnlyList<string> keys)
    {
        // A few hundred keys a message keeps each one small, and a season's end a handful of messages.
        foreach (var chunk in keys.Chunk(500))
        {
            try
            {
                await redis.Multiplexer.GetSubscriber().PublishAsync(Channel, $"{_node}|{string.Join('\n', chunk)}");
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                // The change is committed; failing the request now would only hide that (RedisTimeoutException is a TimeoutException).
                LogPublishFailed(ex, chunk[0]);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not subscribe to other nodes' cache invalidations yet; retrying")]
    private partial void LogSubscribeFailed(Exception exception);

    [LoggerMessage(LogLevel.Warning, "Could not tell the other nodes that {Key} changed; their cached answers expire within a minute")]
    private partial void LogPublishFailed(Exception exception, string key);
}
