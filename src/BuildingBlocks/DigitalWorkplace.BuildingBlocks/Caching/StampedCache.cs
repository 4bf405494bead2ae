using Microsoft.Extensions.Caching.Memory;

namespace DigitalWorkplace.BuildingBlocks.Caching;

/// <summary>
/// The one way modules cache answers that security depends on: kept at most <see cref="CachePolicy.MaxLifetime"/>, and
/// stamped with the version of their key before the read, so that an invalidation — even one landing during the read —
/// makes them a miss (<see cref="ICacheInvalidation"/>).
/// </summary>
public sealed class StampedCache(IMemoryCache cache, ICacheInvalidation invalidation)
{
    /// <summary>The cached answer under the key, or <paramref name="read"/>'s. Null answers are not kept (nobody can fill the memory with misses).</summary>
    public async Task<T?> GetAsync<T>(string key, Func<Task<T?>> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        if (TryGet<T>(key, out var cached))
        {
            return cached;
        }

        var stamp = Stamp(key);
        var value = await read();
        if (value is not null)
        {
            Set(key, value, stamp);
        }

        return value;
    }

    /// <summary>For many keys at once: look each up, stamp the misses, read them in one query, then <see cref="Set{T}"/> them.</summary>
    public bool TryGet<T>(string key, out T? value)
        where T : class
    {
        if (cache.TryGetValue(key, out Entry<T>? cached) && cached is not null && invalidation.IsCurrent(cached.Stamp))
        {
            value = cached.Value;
            return true;
        }

        value = null;
        return false;
    }

    public CacheStamp Stamp(string key) => invalidation.Stamp(key);

    public void Set<T>(string key, T value, CacheStamp stamp)
        where T : class => cache.Set(key, new Entry<T>(value, stamp), CachePolicy.MaxLifetime);

    private sealed record Entry<T>(T Value, CacheStamp Stamp);
}
