using System.Globalization;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using DigitalWorkplace.Launcher.Features.RegisterApp;

namespace DigitalWorkplace.Launcher.Features.ListMyTiles;

/// <summary>The apps the current person may open: pinned first in their order, then by name; a search narrows them.</summary>
internal sealed record ListMyTiles(string? Search = null) : IQuery<Result<IReadOnlyList<AppTileDto>>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator.MaxLength("q", Search, 100);
}

internal sealed class ListMyTilesHandler(LauncherDbContext db, AppAccessPolicy policy, ICurrentUser user)
    : IQueryHandler<ListMyTiles, Result<IReadOnlyList<AppTileDto>>>
{
    public async ValueTask<Result<IReadOnlyList<AppTileDto>>> Handle(ListMyTiles query, CancellationToken cancellationToken)
    {
        var tiles = await db.AppTiles.AsNoTracking().Where(t => t.IsEnabled).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var usable = await policy.UsableAsync(user.PersonId, tiles, cancellationToken);
        var pins = await db.AppPins.AsNoTracking().Where(p => p.PersonId == user.PersonId).ToDictionaryAsync(p => p.TileId, p => p.Position, cancellationToken);
        return usable
            .Where(t => Matches(t, query.Search))
            .OrderBy(t => pins.TryGetValue(t.Id, out var position) ? position : int.MaxValue)
            .Select(t => t.ToDto(pinned: pins.ContainsKey(t.Id)))
            .ToList();
    }

    /// <summary>A few dozen tiles at most: searched here, ignoring case and accents ("cafe" finds "Café").</summary>
    private static bool Matches(Domain.AppTile tile, string? search) =>
        string.IsNullOrWhiteSpace(search) || new[] { tile.Name, tile.Description, tile.Category ?? "" }.Any(text =>
            CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, search.Trim(), CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0);
}
