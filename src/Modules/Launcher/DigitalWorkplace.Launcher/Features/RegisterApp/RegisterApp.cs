using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using DigitalWorkplace.Launcher.Domain;
using DigitalWorkplace.Launcher.OpenIdConnect;
using OpenIddict.Abstractions;

namespace DigitalWorkplace.Launcher.Features.RegisterApp;

internal sealed record RegisterApp(NewApp App) : ICommand<Result<AppTileDto>>, IValidatable, IAppAdministrationRequest
{
    public void Validate(Validator validator) => NewAppRules.Validate(App, validator);
}

/// <summary>Creates the tile and, for a single sign-on app, its OpenID Connect client, in one transaction.</summary>
internal sealed class RegisterAppHandler(AuditTrail audit, LauncherDbContext db, IOpenIddictApplicationManager applications, IAudiences audiences, TimeProvider clock)
    : ICommandHandler<RegisterApp, Result<AppTileDto>>
{
    public async ValueTask<Result<AppTileDto>> Handle(RegisterApp command, CancellationToken cancellationToken)
    {
        var app = command.App;
        var clientId = string.IsNullOrWhiteSpace(app.ClientId) ? null : app.ClientId.Trim();
        if (clientId is not null && await applications.FindByClientIdAsync(clientId, cancellationToken) is not null)
        {
            return Error.Conflict("launcher.client_id_taken", $"An app with client id '{clientId}' is already registered.");
        }

        var audienceIds = (app.AudienceIds ?? []).Distinct().ToList();
        if ((await audiences.ExistingAsync(audienceIds, cancellationToken)).Count != audienceIds.Count)
        {
            return Error.Validation("audienceIds", FieldError.Rule("unknown_audience", "names an audience that does not exist."));
        }

        var tile = new AppTile
        {
            AudienceIds = audienceIds,
            Id = Guid.CreateVersion7(),
            Name = app.Name.Trim(),
            Description = app.Description?.Trim() ?? string.Empty,
            HomeUrl = app.HomeUrl.AbsoluteUri,
            ClientId = clientId,
            IconUrl = app.IconUrl?.AbsoluteUri,
            Kind = NewAppRules.KindOf(app),
            Category = string.IsNullOrWhiteSpace(app.Category) ? null : app.Category.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };

        // OpenIddict's store saves through this same context, so the client and the tile commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (clientId is not null)
        {
            await applications.CreateAsync(ClientFor(app, clientId), cancellationToken);
        }

        db.AppTiles.Add(tile);
        audit.RecordChanges(db, "app.registered", new AuditSubject("app", tile.Id.ToString(), tile.Name), db.Entry(tile));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return tile.ToDto();
    }

    private static OpenIddictApplicationDescriptor ClientFor(NewApp app, string clientId)
    {
        var descriptor = new OpenIddictApplicationDescriptor { ClientId = clientId };
        AppClients.Describe(descriptor, app.Name.Trim(), app.ClientType ?? AppClientType.Public, app.RedirectUris, app.PostLogoutRedirectUris ?? [], app.Scopes ?? AppScopes.Default);
        return descriptor;
    }
}

internal static class AppTileMapping
{
    public static AppTileDto ToDto(this AppTile tile, bool pinned = false) =>
        new(tile.Id, tile.Name, tile.Description, $"/apps/{tile.Id}/launch", tile.IconUrl, UsesSingleSignOn: tile.ClientId is not null, tile.Category, tile.Kind, pinned);

    public static ManagedAppDto ToManaged(this AppTile tile, int launches) =>
        new(tile.Id, tile.Name, tile.Description, tile.Category, new Uri(tile.HomeUrl), tile.IconUrl, tile.Kind, tile.ClientId, tile.AudienceIds, tile.IsEnabled, launches);
}
