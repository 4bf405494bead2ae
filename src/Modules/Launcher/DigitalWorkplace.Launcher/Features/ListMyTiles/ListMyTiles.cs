using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using DigitalWorkplace.Launcher.Features.RegisterApp;

namespace DigitalWorkplace.Launcher.Features.ListMyTiles;

/// <summary>The apps the current person may open, by name.</summary>
internal sealed record ListMyTiles : IQuery<Result<IReadOnlyList<AppTileDto>>>, IAnyActivePersonRequest;

internal sealed class ListMyTilesHandler(LauncherDbContext db, AppAccessPolicy policy, ICurrentUser user)
    : IQueryHandler<ListMyTiles, Result<IReadOnlyList<AppTileDto>>>
{
    public async ValueTask<Result<IReadOnlyList<AppTileDto>>> Handle(ListMyTiles query, CancellationToken cancellationToken)
    {
        var tiles = await db.AppTiles.AsNoTracking().Where(t => t.IsEnabled).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var usable = await policy.UsableAsync(user.PersonId, tiles, cancellationToken);
        return usable.Select(t => t.ToDto()).ToList();
    }
}
