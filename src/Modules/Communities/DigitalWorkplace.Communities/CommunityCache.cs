using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities;

/// <summary>A community as every read and write needs it: its name, who may read it, and what it asks of posts.</summary>
internal sealed record CatalogEntry(string Name, CommunityVisibility Visibility, PublishingRules Rules, bool IsArchived, int CharterVersion);

/// <summary>What a membership says about writing: muted until when, which charter version was accepted.</summary>
internal sealed record MemberState(DateTimeOffset? MutedUntil, int CharterAcceptedVersion);

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
        {
            var rules = (await db.KeywordRules.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(r => r.CommunityId, r => new KeywordRuleDto(r.Keyword, r.Action));
            return await db.Communities.AsNoTracking()
                // A removed charter asks nothing of anyone: its effective version is 0.
                .Select(c => new { c.Id, c.Name, c.Visibility, c.RequiresPostApproval, Archived = c.ArchivedAt != null, CharterVersion = c.Charter == null ? 0 : c.CharterVersion })
                .ToDictionaryAsync(
                    c => c.Id,
                    c => new CatalogEntry(c.Name, c.Visibility, new PublishingRules(c.RequiresPostApproval, [.. rules[c.Id]]), c.Archived, c.CharterVersion),
                    cancellationToken);
        });

    /// <summary>Each membership's mute (expired ones included: the reader compares) and accepted charter version.</summary>
    public Task<IReadOnlyDictionary<Guid, MemberState>> MemberStatesAsync(Guid personId, CancellationToken cancellationToken) =>
        GetAsync<IReadOnlyDictionary<Guid, MemberState>>(MemberStatesKey(personId), async db =>
            (await db.Memberships.AsNoTracking().Where(m => m.PersonId == personId)
                .Select(m => new { m.CommunityId, m.MutedUntil, m.CharterAcceptedVersion }).ToListAsync(cancellationToken))
                .ToDictionary(m => m.CommunityId, m => new MemberState(m.MutedUntil, m.CharterAcceptedVersion)));

    public static string MemberStatesKey(Guid personId) => "communities.member-states:" + personId.ToString("N");

    /// <summary>After a membership of the person changed (joined, added, left, removed, role, muted).</summary>
    public async Task MembershipsChangedAsync(Guid personId, CancellationToken cancellationToken)
    {
        await invalidation.InvalidateAsync(MembershipsKey(personId), cancellationToken);
        await invalidation.InvalidateAsync(MemberStatesKey(personId), cancellationToken);
    }

    /// <summary>After a community was created (or renamed, changed visibility or publishing rules).</summary>
    public Task CatalogChangedAsync(CancellationToken cancellationToken) => invalidation.InvalidateAsync(CatalogKey, cancellationToken);

    private async Task<T> GetAsync<T>(string key, Func<CommunitiesDbContext, Task<T>> read)
        where T : class => (await cache.GetAsync<CommunitiesDbContext, T>(key, async db => await read(db)))!;
}
