using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using DigitalWorkplace.Launcher.OpenIdConnect;
using OpenIddict.Abstractions;

namespace DigitalWorkplace.Launcher.Features.IssueClientSecret;

/// <summary>
/// Gives a confidential client a new secret: returned this once, kept only as OpenIddict's hash, the previous one refused
/// from now on (the app's existing sessions and tokens stay: rotating is routine, not a revocation).
/// </summary>
internal sealed record IssueClientSecret(Guid TileId) : ICommand<Result<ClientSecretDto>>, IAppAdministrationRequest;

internal sealed class IssueClientSecretHandler(AuditTrail audit, LauncherDbContext db, IOpenIddictApplicationManager applications, ManagedApps views)
    : ICommandHandler<IssueClientSecret, Result<ClientSecretDto>>
{
    public async ValueTask<Result<ClientSecretDto>> Handle(IssueClientSecret command, CancellationToken cancellationToken)
    {
        var found = await views.ClientOfAsync(command.TileId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (tile, client) = found.Value;

        if (!await applications.HasClientTypeAsync(client, OpenIddictConstants.ClientTypes.Confidential, cancellationToken))
        {
            return Error.Conflict("launcher.public_client", "A public client has no secret: make it confidential first.");
        }

        var secret = AppClients.NewSecret();
        var descriptor = await AppClients.DescriptorOfAsync(applications, client, cancellationToken);
        descriptor.ClientSecret = secret;
        audit.Record(db, "app.secret-issued", new AuditSubject("app", tile.Id.ToString(), tile.Name));
        await applications.UpdateAsync(client, descriptor, cancellationToken);
        return new ClientSecretDto(tile.ClientId!, secret);
    }
}
