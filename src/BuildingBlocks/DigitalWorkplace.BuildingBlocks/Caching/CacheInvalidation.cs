using System.Collections.Concurrent;

namespace DigitalWorkplace.BuildingBlocks.Caching;

/// <summary>The version of the key a cached answer depends on, taken before the answer was read from the database.</summary>
public readonly record struct CacheStamp(string Key, long Version);

/// <summary>
/// Tells cached answers that they are out of date — a revoked token, a session signed out, a member removed. What a
/// module caches is stamped with the versions of the keys it depends on; a stamp that is no longer current is a miss.
/// Invalidation is at once on this node, and on the others through Redis when several nodes run.
/// </summary>
public interface ICacheInvalidation
{
    CacheStamp Stamp(string key);

    bool IsCurrent(CacheStamp stamp);

    /// <summary>Makes every answer cached under the key a miss, here and on every node; call it after the change is committed.</summary>
    Task InvalidateAsync(string key, CancellationToken cancellationToken);

    /// <summary>The same for many keys at once (a season's people), told to the other nodes in a few messages rather than one each.</summary>
    Task InvalidateAsync(IEnumerable<string> keys, CancellationToken cancellationToken);
}

/// <summary>
/// Versions per key, in memory. A key that was never invalidated is at version 0 and costs nothing; an invalidated key
/// keeps its version while an answer cached before the invalidation may still live (<see cref="CachePolicy.MaxLifetime"/>).
/// </summary>
public sealed class CacheInvalidation(TimeProvider clock) : ICacheInvalidation
{
    private readonly ConcurrentDictionary<string, (long Version, DateTimeOffset At)> _versions = new(StringComparer.Ordinal);
    private long _next;

    /// <summary>Set by the Redis relay when several nodes run: tells the others.</summary>
    internal Func<IReadOnlyList<string>, Task>? Broadcast { get; set; }

    public CacheStamp Stamp(string key) => new(key, VersionOf(key));

    public bool IsCurrent(CacheStamp stamp) => VersionOf(stamp.Key) == stamp.Version;

    public Task InvalidateAsync(string key, CancellationToken cancellationToken) => InvalidateAsync([key], cancellationToken);

    public async Task InvalidateAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var list = keys.Distinct(StringComparer.Ordinal).ToList();
        foreach (var key in list)
        {
            InvalidateHere(key);
        }

        if (Broadcast is { } broadcast && list.Count > 0)
        {
            await broadcast(list);
        }
    }

    /// <summary>An invalidation from another node (or this one): never broadcast again.</summary>
    internal void InvalidateHere(string key)
    {
        var now = clock.GetUtcNow();
        _versions[key] = (Interlocked.Increment(ref _next), now);
        if (_versions.Count > 10_000)
        {
            Prune(now);
        }
    }

    private long VersionOf(string key) => _versions.TryGetValue(key, out var entry) ? entry.Version : 0;

    // Forgetting a version is safe once every answer stamped before the invalidation has expired (they live at most
    // MaxLifetime): answers stamped after it carry the forgotten version, so they now miss once, harmlessly.
    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _versions)
        {
            if (now - entry.At > 2 * CachePolicy.MaxLifetime)
            {
                _versions.TryRemove(key, out _);
            }
        }
    }
}

/// <summary>How long modules keep cached answers at most, invalidated or not: the bound on staleness if an invalidation is lost.</summary>
public static class CachePolicy
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(1);
}
