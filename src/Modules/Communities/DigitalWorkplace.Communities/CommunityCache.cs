using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities;

/// <summary>A community as every read needs it: its name and who may read it.</summary>
internal sealed record CatalogEntry(string Name, CommunityVisibility Visibility);

/// <summary>
/// What the policy asks on every feed page, search and hub connection — each person's memberships and every community's
/// visibility and name — from memory. Every change is invalidated after it commits (<see cref="ICacheInvalidation"/>:
/// at once here, through Redis on the other nodes), so a removed member stops reading a private community at once;
/// answers live at most <see cref="CachePolicy.MaxLifetime"/> in any case.
/// </summary>
internal sealed class CommunityCache(StampedCache cache, ICacheInvalidation invalidation)
{
    private const string CatalogKey = "communities.catalog";

    public static string MembershipsKey(Guid personId) => "communities.memberships:" + personId.ToString("N");

    public Task<IReadOnlyDictionary<Guid, CommunityRole>> MembershipsAsync(Guid personId, CancellationToken cancellationToken) =>
        GetAsync<IReadOnlyDictionary<Guid, CommunityRole>>(MembershipsKey(personId), async db =>
            await db.Memberships.AsNoTracking().Where(m => m.PersonId == personId).ToDictionaryAsync(m => m.CommunityId, m => m.Role, cancellationToken));

    public Task<IReadOnlyDictionary<Guid, CatalogEntry>> CatalogAsync(CancellationToken cancellationToken) =>
        GetAsync<IReadOnlyDictionary<Guid, CatalogEntry>>(CatalogKey, async db =>
            await db.Communities.AsNoTracking().ToDictionaryAsync(c => c.Id, c => new CatalogEntry(c.Name, c.Visibility), cancellationToken));

    /// <summary>After a membership of the person changed (joined, added, left, removed).</summary>
    public Task MembershipsChangedAsync(Guid personId, CancellationToken cancellationToken) =>
        invalidation.InvalidateAsync(MembershipsKey(personId), cancellationToken);

    /// <summary>After a community was created (or renamed, or changed visibility).</summary>
    public Task CatalogChangedAsync(CancellationToken cancellationToken) => invalidation.InvalidateAsync(CatalogKey, cancellationToken);

    private async Task<T> GetAsync<T>(string key, Func<CommunitiesDbContext, Task<T>> read)
        where T : class => (await cache.GetAsync<CommunitiesDbContext, T>(key, async db => await read(db)))!;
}
