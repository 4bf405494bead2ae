using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.ListSeasons;

/// <summary>The seasons the caller administers a location of, the latest first, each counting the members the caller administers; nobody else's.</summary>
/// <param name="Counted">Whether to count the members (a picker needs only the names).</param>
internal sealed record ListSeasons(bool Counted = true) : IQuery<Result<IReadOnlyList<SeasonView>>>, IAnyActivePersonRequest;

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
        if (!query.Counted)
        {
            return visible.ConvertAll(s => SeasonView.Of(s, 0));
        }

        var ids = visible.Select(s => s.Id).ToList();
        // A season shared by several franchisees counts, for each, only the people they administer.
        var counts = (await (
                from member in db.SeasonMembers
                where ids.Contains(member.SeasonId)
                join person in db.Users on member.PersonId equals person.Id
                group person by new { member.SeasonId, person.OrgUnitId } into g
                select new { g.Key.SeasonId, g.Key.OrgUnitId, Count = g.Count() }).ToListAsync(cancellationToken))
            .Where(c => scope.ManagesPeopleAt(c.OrgUnitId))
            .GroupBy(c => c.SeasonId)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        return visible.ConvertAll(s => SeasonView.Of(s, counts.GetValueOrDefault(s.Id)));
    }
}
