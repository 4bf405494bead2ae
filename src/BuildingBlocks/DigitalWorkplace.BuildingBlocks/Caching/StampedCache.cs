using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.BuildingBlocks.Caching;

/// <summary>
/// The one way modules cache answers that security depends on: kept at most <see cref="CachePolicy.MaxLifetime"/>, and
/// stamped with the version of their key before the read, so that an invalidation — even one landing during the read —
/// makes them a miss (<see cref="ICacheInvalidation"/>). Misses are read from the module's database in a scope of their
/// own: a cached answer outlives the request that read it.
/// </summary>
public sealed class StampedCache(IMemoryCache cache, ICacheInvalidation invalidation, IServiceScopeFactory scopes)
{
    /// <summary>The cached answer under the key, or <paramref name="read"/>'s from <typeparamref name="TContext"/>. Null answers are not kept (nobody can fill the memory with misses).</summary>
    public async Task<T?> GetAsync<TContext, T>(string key, Func<TContext, Task<T?>> read)
        where TContext : notnull
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        if (TryGet<T>(key, out var cached))
        {
            return cached;
        }

        var stamp = invalidation.Stamp(key);
        await using var scope = scopes.CreateAsyncScope();
        var value = await read(scope.ServiceProvider.GetRequiredService<TContext>());
        if (value is not null)
        {
            Set(key, value, stamp);
        }

        return value;
    }

    /// <summary>
    /// The answers for many ids: each one cached under <paramref name="keyOf"/>, and the misses read together in one go
    /// (each stamped, before the read, with the version of <paramref name="stampKeyOf"/>, which may be another key whose
    /// invalidation must reach it). Ids the read does not answer are left out, and not kept.
    /// </summary>
    public async Task<IReadOnlyDictionary<TId, T>> GetManyAsync<TContext, TId, T>(
        IEnumerable<TId> ids, Func<TId, string> keyOf, Func<TId, string> stampKeyOf, Func<TContext, IReadOnlyList<TId>, Task<IReadOnlyDictionary<TId, T>>> readMissing)
        where TContext : notnull
        where TId : notnull
        where T : class
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(stampKeyOf);
        ArgumentNullException.ThrowIfNull(readMissing);
        var found = new Dictionary<TId, T>();
        var missing = new Dictionary<TId, CacheStamp>();
        foreach (var id in ids)
        {
            if (TryGet<T>(keyOf(id), out var cached))
            {
                found[id] = cached!;
            }
            else
            {
                missing[id] = invalidation.Stamp(stampKeyOf(id));
            }
        }

        if (missing.Count > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            var read = await readMissing(scope.ServiceProvider.GetRequiredService<TContext>(), [.. missing.Keys]);
            foreach (var (id, value) in read)
            {
                Set(keyOf(id), value, missing[id]);
                found[id] = value;
            }
        }

        return found;
    }

    private bool TryGet<T>(string key, out T? value)
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

    private void Set<T>(string key, T value, CacheStamp stamp)
        where T : class => cache.Set(key, new Entry<T>(value, stamp), CachePolicy.MaxLifetime);

    private sealed record Entry<T>(T Value, CacheStamp Stamp);
}
