using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using DigitalWorkplace.Launcher.OpenIdConnect;
using OpenIddict.Abstractions;

namespace DigitalWorkplace.Launcher.Features.ConfigureClient;

/// <summary>
/// Changes a single sign-on app's client as a whole: public or confidential, its exact redirect and post-logout addresses,
/// the scopes (and so the claims) it is allowed. A client made confidential has no usable secret until one is issued.
/// </summary>
internal sealed record ConfigureClient(Guid TileId, ClientSettings Settings) : ICommand<Result<ManagedAppDto>>, IValidatable, IAppAdministrationRequest
{
    public void Validate(Validator validator)
    {
        if (Settings is null)
        {
            validator.Add("body", FieldError.Required());
            return;
        }

        // The whole client is given: scopes left out must not read as "none", nor a type as "public".
        validator.That(Settings.ClientType is not null, "clientType", FieldError.Required()).That(Settings.Scopes is not null, "scopes", FieldError.Required());
        AppClients.Validate(Settings.ClientType, Settings.RedirectUris, Settings.PostLogoutRedirectUris, Settings.Scopes, validator);
    }
}

internal sealed class ConfigureClientHandler(AuditTrail audit, LauncherDbContext db, IOpenIddictApplicationManager applications, ManagedApps views)
    : ICommandHandler<ConfigureClient, Result<ManagedAppDto>>
{
    public async ValueTask<Result<ManagedAppDto>> Handle(ConfigureClient command, CancellationToken cancellationToken)
    {
        var found = await views.ClientOfAsync(command.TileId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (tile, client) = found.Value;
        var before = await AppClients.ReadAsync(applications, tile.ClientId!, cancellationToken);
        var settings = command.Settings;
        var descriptor = await AppClients.DescriptorOfAsync(applications, client, cancellationToken);
        AppClients.Describe(descriptor, tile.Name, settings.ClientType!.Value, settings.RedirectUris!, settings.PostLogoutRedirectUris ?? [], settings.Scopes!);
        // Recorded first: the client's update saves this context, and the entry with it.
        audit.Record(db, "app.client-changed", new AuditSubject("app", tile.Id.ToString(), tile.Name), Fields(before!), Fields(settings));
        await applications.UpdateAsync(client, descriptor, cancellationToken);
        return await views.OneAsync(tile.Id, cancellationToken);
    }

    private static IReadOnlyDictionary<string, string?> Fields(AppClientDto client) =>
        Fields(new ClientSettings(client.ClientType, client.RedirectUris, client.PostLogoutRedirectUris, client.Scopes));

    private static IReadOnlyDictionary<string, string?> Fields(ClientSettings settings) =>
        AuditTrail.Fields(
            ("clientType", settings.ClientType),
            ("redirectUris", string.Join(' ', settings.RedirectUris!.Select(u => u.AbsoluteUri))),
            ("postLogoutRedirectUris", string.Join(' ', (settings.PostLogoutRedirectUris ?? []).Select(u => u.AbsoluteUri))),
            ("scopes", string.Join(' ', settings.Scopes!)));
}
