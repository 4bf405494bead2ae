using OpenIddict.Abstractions;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using DigitalWorkplace.Launcher.Features.RegisterApp;

namespace DigitalWorkplace.Launcher;

/// <summary>A request of tile administration: registering, changing, enabling, deleting apps.</summary>
internal interface IAppAdministrationRequest;

/// <summary>Who runs the tiles: platform administrators (a tile reaches whole audiences, and single sign-on signs people in).</summary>
internal sealed class AppAdministrationAuthorizer<TRequest> : IAuthorizer<TRequest>
    where TRequest : IAppAdministrationRequest
{
    public static readonly Error AdministratorsOnly = Error.Forbidden("launcher.administrators_only", "Only administrators manage apps.");

    public ValueTask<Error?> AuthorizeAsync(TRequest message, ICurrentUser user, CancellationToken cancellationToken) =>
        ValueTask.FromResult(user.IsAdministrator ? null : AdministratorsOnly);
}

/// <summary>Tiles as their administrators see them, with their launch counts.</summary>
internal sealed class ManagedApps(LauncherDbContext db, IOrganizationService organization, IOpenIddictApplicationManager applications, TimeProvider clock)
{
    public static readonly Error NotFound = Error.NotFound("launcher.app_not_found");

    public static readonly Error NotSingleSignOn = Error.Conflict("launcher.not_single_sign_on", "This app has no OpenID Connect client: it is a bookmark or federated elsewhere.");

    /// <summary>A single sign-on app's tile and its OpenIddict client: not found, or a conflict for a tile without one.</summary>
    public async Task<Result<(Domain.AppTile Tile, object Client)>> ClientOfAsync(Guid tileId, CancellationToken cancellationToken)
    {
        var tile = await db.AppTiles.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tileId, cancellationToken);
        if (tile is null)
        {
            return NotFound;
        }

        return tile.ClientId is not null && await applications.FindByClientIdAsync(tile.ClientId, cancellationToken) is { } client
            ? (tile, client)
            : NotSingleSignOn;
    }

    public async Task<List<ManagedAppDto>> AllAsync(CancellationToken cancellationToken)
    {
        var tiles = await db.AppTiles.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var launches = await db.AppLaunches.AsNoTracking().GroupBy(l => l.TileId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return tiles.ConvertAll(t => t.ToManaged(launches.GetValueOrDefault(t.Id)));
    }

    public async Task<Result<ManagedAppDto>> OneAsync(Guid tileId, CancellationToken cancellationToken)
    {
        var tile = await db.AppTiles.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tileId, cancellationToken);
        if (tile is null)
        {
            return NotFound;
        }

        var since = clock.GetUtcNow().AddDays(-LauncherLimits.LaunchWindowDays);
        var recent = await db.AppLaunches.AsNoTracking().Where(l => l.TileId == tileId && l.At >= since)
            .GroupBy(l => l.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var units = recent.Count == 0 ? [] : (await organization.ListUnitsAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var byLocation = recent
            .Select(r => new LocationLaunchesDto(r.Key, r.Key is { } unit ? units.GetValueOrDefault(unit) : null, r.Count))
            .OrderByDescending(r => r.Launches).ThenBy(r => r.Location, StringComparer.CurrentCulture).ToList();
        var client = tile.ClientId is null ? null : await OpenIdConnect.AppClients.ReadAsync(applications, tile.ClientId, cancellationToken);
        return tile.ToManaged(await db.AppLaunches.CountAsync(l => l.TileId == tileId, cancellationToken)) with { LaunchesByLocation = byLocation, Client = client };
    }
}
