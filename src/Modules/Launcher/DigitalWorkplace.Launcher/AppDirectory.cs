using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;

namespace DigitalWorkplace.Launcher;

internal sealed class AppDirectory(LauncherDbContext db, AppAccessPolicy access) : IAppDirectory
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.AppTiles.AsNoTracking().Where(t => wanted.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
    }

    public async Task<IReadOnlySet<Guid>> UsableByAsync(Guid personId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var tiles = await db.AppTiles.AsNoTracking().Where(t => wanted.Contains(t.Id)).ToListAsync(cancellationToken);
        return (await access.UsableAsync(personId, tiles, cancellationToken)).Select(t => t.Id).ToHashSet();
    }

    public async Task<IReadOnlyList<(Guid Id, string Name)>> AllAsync(CancellationToken cancellationToken) =>
        [.. (await db.AppTiles.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken)).Select(t => (t.Id, t.Name))];
}
