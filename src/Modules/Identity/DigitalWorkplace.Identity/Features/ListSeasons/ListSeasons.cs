using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.ListSeasons;

/// <summary>The seasons the caller administers a location of, the latest first; nobody else's.</summary>
internal sealed record ListSeasons : IQuery<Result<IReadOnlyList<SeasonView>>>, IAnyActivePersonRequest;

internal sealed class ListSeasonsHandler(IdentityModuleDbContext db, IdentityPolicy policy, ICurrentUser user) : IQueryHandler<ListSeasons, Result<IReadOnlyList<SeasonView>>>
{
    public async ValueTask<Result<IReadOnlyList<SeasonView>>> Handle(ListSeasons query, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        if (!scope.ManagesAnyone)
        {
            return Array.Empty<SeasonView>();
        }

        var seasons = await db.Seasons.AsNoTracking().Include(s => s.Locations).OrderByDescending(s => s.StartDate).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var visible = seasons.Where(s => SeasonEnrolment.Sees(scope, [.. s.Locations.Select(l => l.OrgUnitId)])).ToList();
        var ids = visible.Select(s => s.Id).ToList();
        var counts = await db.SeasonMembers.Where(m => ids.Contains(m.SeasonId)).GroupBy(m => m.SeasonId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return visible.ConvertAll(s => SeasonView.Of(s, counts.GetValueOrDefault(s.Id)));
    }
}
