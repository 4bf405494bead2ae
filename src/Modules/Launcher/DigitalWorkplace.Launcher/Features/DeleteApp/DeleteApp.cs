using DigitalWorkplace.Launcher.Data;
using OpenIddict.Abstractions;

namespace DigitalWorkplace.Launcher.Features.DeleteApp;

/// <summary>
/// Deletes a tile with its launches' history and, for a single sign-on app, its OpenID Connect client — OpenIddict
/// deletes the client's authorizations and tokens with it, so nobody stays signed in to an app that is gone.
/// </summary>
internal sealed record DeleteApp(Guid TileId) : ICommand<Result<Done>>, IAppAdministrationRequest;

internal sealed class DeleteAppHandler(AuditTrail audit, LauncherDbContext db, IOpenIddictApplicationManager applications) : ICommandHandler<DeleteApp, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(DeleteApp command, CancellationToken cancellationToken)
    {
        var tile = await db.AppTiles.SingleOrDefaultAsync(t => t.Id == command.TileId, cancellationToken);
        if (tile is null)
        {
            return ManagedApps.NotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (tile.ClientId is not null && await applications.FindByClientIdAsync(tile.ClientId, cancellationToken) is { } client)
        {
            await applications.DeleteAsync(client, cancellationToken);
        }

        await db.AppLaunches.Where(l => l.TileId == tile.Id).ExecuteDeleteAsync(cancellationToken);
        await db.AppPins.Where(p => p.TileId == tile.Id).ExecuteDeleteAsync(cancellationToken);
        db.AppTiles.Remove(tile);
        audit.Record(db, "app.deleted", new AuditSubject("app", tile.Id.ToString(), tile.Name), after: AuditTrail.Fields(("clientId", tile.ClientId)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Done.Value;
    }
}
