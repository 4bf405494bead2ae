using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Features.ListPeople;
using Microsoft.Extensions.Caching.Memory;

namespace DigitalWorkplace.Identity;

/// <summary>
/// Who people are, for other modules. <see cref="GetManyAsync"/> sits on the home feed's hot path: answers are cached
/// briefly and the misses are fetched in one query. A renamed person shows the new name within the cache lifetime.
/// </summary>
internal sealed class PeopleDirectory(IdentityModuleDbContext db, IMemoryCache cache, ISender sender, TimeProvider clock) : IPeopleDirectory
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyDictionary<Guid, PersonSummary>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new Dictionary<Guid, PersonSummary>(ids.Count);
        var missing = new List<Guid>();
        foreach (var id in ids.Distinct())
        {
            if (cache.TryGetValue(CacheKey(id), out PersonSummary? cached) && cached is not null)
            {
                found[id] = cached;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            var loaded = await db.Users.AsNoTracking().Where(p => missing.Contains(p.Id)).ToSummaries(db).ToListAsync(cancellationToken);
            foreach (var person in loaded)
            {
                cache.Set(CacheKey(person.Id), person, CacheLifetime);
                found[person.Id] = person;
            }
        }

        return found;
    }

    public async Task<Page<PersonSummary>> ListAsync(string? after, int? pageSize, CancellationToken cancellationToken)
    {
        var page = await sender.Send(new ListPeople(after, pageSize), cancellationToken);
        return page.IsSuccess ? page.Value! : throw new InvalidOperationException($"{page.Error!.Code}: {page.Error.Message}");
    }

    // Not cached: it guards access (single sign-on), where an ended or locked account must stop at once.
    public Task<bool> IsActiveAsync(Guid personId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return db.Users.AsNoTracking().AnyAsync(
            p => p.Id == personId && (p.EndDate == null || p.EndDate >= today) && (p.LockoutEnd == null || p.LockoutEnd <= now),
            cancellationToken);
    }

    private static string CacheKey(Guid id) => "identity:person:" + id.ToString("N");
}
