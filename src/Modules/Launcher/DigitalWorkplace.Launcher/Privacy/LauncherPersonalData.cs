using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Privacy;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Data;

namespace DigitalWorkplace.Launcher.Privacy;

/// <summary>The apps a person opened, and when.</summary>
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
            select new { App = t.Name, l.At }).ToListAsync(cancellationToken),
    };
}

[IntegrationEventSubscriber("launcher.erase-person")]
internal sealed class ErasePersonFromLauncher(LauncherDbContext db) : IIntegrationEventHandler<PersonErasedIntegrationEvent>
{
    public Task HandleAsync(PersonErasedIntegrationEvent erased, CancellationToken cancellationToken) =>
        db.AppLaunches.Where(l => l.PersonId == erased.PersonId).ExecuteDeleteAsync(cancellationToken);
}
