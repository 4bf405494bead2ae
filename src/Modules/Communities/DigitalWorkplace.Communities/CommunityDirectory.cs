using System.Runtime.CompilerServices;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities;

/// <summary>Community names for other modules (names are listed to everyone, so no visibility check), from the cached catalog.</summary>
internal sealed class CommunityDirectory(CommunityCache cache) : ICommunityDirectory
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var catalog = await cache.CatalogAsync(cancellationToken);
        var names = new Dictionary<Guid, string>(ids.Count);
        foreach (var id in ids)
        {
            if (catalog.TryGetValue(id, out var community))
            {
                names[id] = community.Name;
            }
        }

        return names;
    }
}

/// <summary>Every community, oldest first, for rebuilding the search index.</summary>
internal sealed class CommunitiesIndexSource(CommunitiesDbContext db) : ICommunitiesIndexSource
{
    public async IAsyncEnumerable<CommunityCreatedIntegrationEvent> AllCommunitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var c in db.Communities.AsNoTracking().OrderBy(c => c.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new CommunityCreatedIntegrationEvent(c.Id, c.Name, c.Description, c.Visibility, c.IsOfficial);
        }
    }
}
