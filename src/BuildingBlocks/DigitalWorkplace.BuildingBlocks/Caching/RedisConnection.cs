using StackExchange.Redis;

namespace DigitalWorkplace.BuildingBlocks.Caching;

/// <summary>
/// The process's one connection to Redis (the top-level <c>Redis</c> setting) for cache invalidation and the
/// data-protection keys, opened on first use. An unreachable Redis does not fail the connect: the multiplexer keeps
/// retrying in the background. SignalR's backplane opens its own, because it disposes it when the hub stops.
/// </summary>
public sealed class RedisConnection(string configuration) : IAsyncDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer = new(() =>
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    });

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsValueCreated)
        {
            await _multiplexer.Value.DisposeAsync();
        }
    }
}
