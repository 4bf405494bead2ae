using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DigitalWorkplace.BuildingBlocks.Caching;

/// <summary>
/// With several nodes (a <c>Redis</c> connection string), every invalidation is published on one Redis channel and each
/// node applies the ones it hears, so a revoked token or a removed member is refused on every node at once. If Redis is
/// unreachable, the other nodes' answers still expire within <see cref="CachePolicy.MaxLifetime"/>.
/// </summary>
internal sealed partial class RedisInvalidationRelay(string configuration, CacheInvalidation invalidation, ILogger<RedisInvalidationRelay> logger)
    : IHostedService, IAsyncDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("dw:cache-invalidation");
    private ConnectionMultiplexer? _redis;

    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Never holds up the start: an unreachable Redis is retried in the background (and logged) until it answers.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        _redis = await ConnectionMultiplexer.ConnectAsync(options);
        invalidation.Broadcast = PublishAsync;
        _ = SubscribeAsync(_redis.GetSubscriber(), _stopping.Token);
    }

    private async Task SubscribeAsync(ISubscriber subscriber, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await subscriber.SubscribeAsync(Channel, (_, key) => invalidation.InvalidateHere(key.ToString()));
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                LogSubscribeFailed(ex);
                await Task.Delay(TimeSpan.FromSeconds(5), stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        invalidation.Broadcast = null;
        if (_redis is not null)
        {
            await _redis.GetSubscriber().UnsubscribeAllAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Dispose();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    private async Task PublishAsync(string key)
    {
        try
        {
            await _redis!.GetSubscriber().PublishAsync(Channel, key);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // The change is committed; failing the request now would only hide that (RedisTimeoutException is a TimeoutException).
            LogPublishFailed(ex, key);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not subscribe to other nodes' cache invalidations yet; retrying")]
    private partial void LogSubscribeFailed(Exception exception);

    [LoggerMessage(LogLevel.Warning, "Could not tell the other nodes that {Key} changed; their cached answers expire within a minute")]
    private partial void LogPublishFailed(Exception exception, string key);
}
