using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Audiences;

/// <summary>
/// Every audience's rule, cached and stamped: each change to a person is matched against all of them, so they are read
/// once, not on every change. Saving, editing or deleting an audience invalidates <see cref="Key"/> after it commits.
/// The entities are read-only copies: whoever changes an audience loads it tracked.
/// </summary>
internal sealed class AudienceCatalog(StampedCache cache)
{
    public const string Key = "identity.audiences";

    public async Task<IReadOnlyList<Audience>> AllAsync(CancellationToken cancellationToken) =>
        (await cache.GetAsync<IdentityModuleDbContext, List<Audience>>(Key, async db =>
            await db.Audiences.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken)))!;

    public async Task<Audience?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(a => a.Id == id);
}
