using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;

namespace DigitalWorkplace.Launcher.Features.SetAppEnabled;

/// <summary>
/// Disables a tile (it leaves every launcher; its launch, authorization and token requests are refused: the access
/// policy asks for an enabled tile) or enables it again. Doing it twice changes nothing.
/// </summary>
internal sealed record SetAppEnabled(Guid TileId, bool Enabled) : ICommand<Result<ManagedAppDto>>, IAppAdministrationRequest;

internal sealed class SetAppEnabledHandler(AuditTrail audit, LauncherDbContext db, ManagedApps views) : ICommandHandler<SetAppEnabled, Result<ManagedAppDto>>
{
    public async ValueTask<Result<ManagedAppDto>> Handle(SetAppEnabled command, CancellationToken cancellationToken)
    {
        var tile = await db.AppTiles.SingleOrDefaultAsync(t => t.Id == command.TileId, cancellationToken);
        if (tile is null)
        {
            return ManagedApps.NotFound;
        }

        if (tile.IsEnabled != command.Enabled)
        {
            tile.IsEnabled = command.Enabled;
            audit.RecordChanges(db, command.Enabled ? "app.enabled" : "app.disabled", new AuditSubject("app", tile.Id.ToString(), tile.Name), db.Entry(tile));
            await db.SaveChangesAsync(cancellationToken);
        }

        return await views.OneAsync(tile.Id, cancellationToken);
    }
}
