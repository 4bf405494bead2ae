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

    /// <summary>
    /// The season a request names (an invitation's, a location code's), tracked, when the caller sees it; null for one
    /// that does not exist and one of another franchisee alike, which the caller answers as unknown.
    /// </summary>
    public static async Task<Domain.Season?> VisibleAsync(IdentityModuleDbContext db, AdministrationScope scope, Guid? seasonId, CancellationToken cancellationToken)
    {
        if (seasonId is not { } id)
        {
            return null;
        }

        var season = await db.Seasons.Include(s => s.Locations).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return season is not null && SeasonEnrolment.Sees(scope, [.. season.Locations.Select(l => l.OrgUnitId)]) ? season : null;
    }
}
