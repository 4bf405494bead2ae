using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features;

/// <summary>The authorizers' rule for changing a season: it exists and the caller runs every one of its locations; otherwise it is not found.</summary>
internal static class SeasonAccess
{
    public static async Task<Error?> AuthorizeChangeAsync(IdentityPolicy policy, IdentityModuleDbContext db, ICurrentUser user, Guid seasonId, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var season = await db.Seasons.AsNoTracking().Include(s => s.Locations).FirstOrDefaultAsync(s => s.Id == seasonId, cancellationToken);
        if (season is null)
        {
            return SeasonRules.NotFound();
        }

        var units = season.Locations.Select(l => l.OrgUnitId).ToList();
        if (!SeasonEnrolment.Sees(scope, units))
        {
            return SeasonRules.NotFound();
        }

        return SeasonEnrolment.Manages(scope, units) ? null : Error.Forbidden("season.forbidden", "Only those who run every location of the season may change it.");
    }
}
