using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Privacy;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Data;

namespace DigitalWorkplace.Launcher.Privacy;

/// <summary>The apps a person opened, and when, and the ones they pinned.</summary>
internal sealed class LauncherPersonalData(LauncherDbContext db) : IPersonalDataSource
{
    public string Name => "launcher";

    public async Task<object> ExportAsync(Guid personId, CancellationToken cancellationToken) => new
    {
        AppLaunches = await (
            from l in db.AppLaunches.AsNoTracking()
            where l.PersonId == personId
            join t in db.AppTiles on l.TileId equals t.Id
            orderby l.At
            select new { App = t.Name, l.At, Location = l.OrgUnitId }).ToListAsync(cancellationToken),
        PinnedApps = await (
            from p in db.AppPins.AsNoTracking()
            where p.PersonId == personId
            join t in db.AppTiles on p.TileId equals t.Id
            orderby p.Position
            select t.Name).ToListAsync(cancellationToken),
    };
}

[IntegrationEventSubscriber("launcher.erase-person")]
internal sealed class ErasePersonFromLauncher(LauncherDbContext db) : IIntegrationEventHandler<PersonErasedIntegrationEvent>
{
    public async Task HandleAsync(PersonErasedIntegrationEvent erased, CancellationToken cancellationToken)
    {
        await db.AppLaunches.Where(l => l.PersonId == erased.PersonId).ExecuteDeleteAsync(cancellationToken);
        await db.AppPins.Where(p => p.PersonId == erased.PersonId).ExecuteDeleteAsync(cancellationToken);
    }
}
