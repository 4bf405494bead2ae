using System.Runtime.CompilerServices;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities;

/// <summary>Community names for other modules (names are listed to everyone, so no visibility check).</summary>
internal sealed class CommunityDirectory(CommunitiesDbContext db) : ICommunityDirectory
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var wanted = ids.Distinct().ToList();
        return await db.Communities.AsNoTracking().Where(c => wanted.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
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
