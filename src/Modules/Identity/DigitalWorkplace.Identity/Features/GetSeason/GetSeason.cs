using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.GetSeason;

/// <summary>A season and where its people stand, by location — counting only the people the caller administers.</summary>
internal sealed record GetSeason(Guid SeasonId) : IQuery<Result<SeasonDashboard>>;

/// <param name="SignedUp">Everyone past the invitation: pending approval, active, suspended or ended.</param>
internal sealed record SeasonFigures(int Members, int Invited, int SignedUp, int PendingApproval, int Active, int Ended);

internal sealed record LocationFigures(Guid? OrgUnitId, string? Name, SeasonFigures Figures);

internal sealed record SeasonDashboard(SeasonView Season, SeasonFigures Totals, IReadOnlyList<LocationFigures> ByLocation);

internal sealed class GetSeasonAuthorizer(IdentityPolicy policy, IdentityModuleDbContext db) : IAuthorizer<GetSeason>
{
    public async ValueTask<Error?> AuthorizeAsync(GetSeason message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var season = await db.Seasons.AsNoTracking().Include(s => s.Locations).FirstOrDefaultAsync(s => s.Id == message.SeasonId, cancellationToken);
        return season is not null && SeasonEnrolment.Sees(scope, [.. season.Locations.Select(l => l.OrgUnitId)]) ? null : SeasonRules.NotFound();
    }
}

internal sealed class GetSeasonHandler(IdentityModuleDbContext db, IdentityPolicy policy, ICurrentUser user) : IQueryHandler<GetSeason, Result<SeasonDashboard>>
{
    public async ValueTask<Result<SeasonDashboard>> Handle(GetSeason query, CancellationToken cancellationToken)
    {
        var season = await db.Seasons.AsNoTracking().Include(s => s.Locations).FirstOrDefaultAsync(s => s.Id == query.SeasonId, cancellationToken);
        if (season is null)
        {
            return SeasonRules.NotFound();
        }

        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var rows = await (
            from member in db.SeasonMembers
            where member.SeasonId == season.Id
            join person in db.Users on member.PersonId equals person.Id
            group person by new { person.OrgUnitId, person.Status } into g
            select new { g.Key.OrgUnitId, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        var managed = rows.Where(r => scope.ManagesPeopleAt(r.OrgUnitId)).ToList();
        var byLocation = managed.GroupBy(r => r.OrgUnitId)
            .Select(g => new LocationFigures(g.Key, scope.Tree.Find(g.Key)?.Name, Figures(g.Select(r => (r.Status, r.Count)))))
            .OrderBy(l => l.Name, StringComparer.CurrentCulture)
            .ToList();
        return new SeasonDashboard(SeasonView.Of(season, rows.Sum(r => r.Count)), Figures(managed.Select(r => (r.Status, r.Count))), byLocation);
    }

    private static SeasonFigures Figures(IEnumerable<(AccountStatus Status, int Count)> counts)
    {
        var list = counts.ToList();
        int Of(AccountStatus status) => list.Where(c => c.Status == status).Sum(c => c.Count);
        var members = list.Sum(c => c.Count);
        return new SeasonFigures(members, Of(AccountStatus.Invited), members - Of(AccountStatus.Invited), Of(AccountStatus.PendingApproval), Of(AccountStatus.Active), Of(AccountStatus.Ended));
    }
}
