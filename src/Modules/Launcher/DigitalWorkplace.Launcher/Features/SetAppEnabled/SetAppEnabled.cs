using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using OpenIddict.Abstractions;

namespace DigitalWorkplace.Launcher.Features.SetAppEnabled;

/// <summary>
/// Disables a tile (it leaves every launcher; its launch, authorization and token requests are refused: the access
/// policy asks for an enabled tile) or enables it again. Doing it twice changes nothing.
/// </summary>
internal sealed record SetAppEnabled(Guid TileId, bool? Enabled) : ICommand<Result<ManagedAppDto>>, IAppAdministrationRequest, IValidatable
{
    // Required: a body without it must not read as "disable".
    public void Validate(Validator validator) => validator.That(Enabled is not null, "enabled", FieldError.Required());
}

internal sealed class SetAppEnabledHandler(
    AuditTrail audit, LauncherDbContext db, IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, ManagedApps views)
    : ICommandHandler<SetAppEnabled, Result<ManagedAppDto>>
{
    public async ValueTask<Result<ManagedAppDto>> Handle(SetAppEnabled command, CancellationToken cancellationToken)
    {
        var tile = await db.AppTiles.SingleOrDefaultAsync(t => t.Id == command.TileId, cancellationToken);
        if (tile is null)
        {
            return ManagedApps.NotFound;
        }

        var enabled = command.Enabled!.Value;
        if (tile.IsEnabled != enabled)
        {
            tile.IsEnabled = enabled;
            audit.RecordChanges(db, enabled ? "app.enabled" : "app.disabled", new AuditSubject("app", tile.Id.ToString(), tile.Name), db.Entry(tile));
            await db.SaveChangesAsync(cancellationToken);
        }

        // Disabled, the app keeps nobody signed in: the tokens issued to it are revoked (idempotent, so twice is harmless).
        if (!enabled && tile.ClientId is not null && await applications.FindByClientIdAsync(tile.ClientId, cancellationToken) is { } client
            && await applications.GetIdAsync(client, cancellationToken) is { } applicationId)
        {
            await foreach (var token in tokens.FindByApplicationIdAsync(applicationId, cancellationToken))
            {
                await tokens.TryRevokeAsync(token, cancellationToken);
            }
        }

        return await views.OneAsync(tile.Id, cancellationToken);
    }
}
