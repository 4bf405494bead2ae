using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using DigitalWorkplace.Launcher.Features.RegisterApp;
using OpenIddict.Abstractions;

namespace DigitalWorkplace.Launcher.Features.UpdateApp;

/// <summary>Changes a tile's name, description, category, address, icon and audiences (its single sign-on client is renamed with it).</summary>
internal sealed record UpdateApp(Guid TileId, AppChanges Changes) : ICommand<Result<ManagedAppDto>>, IValidatable, IAppAdministrationRequest
{
    public void Validate(Validator validator)
    {
        if (Changes is null)
        {
            validator.Add("body", FieldError.Required());
            return;
        }

        NewAppRules.ValidateTile(Changes.Name, Changes.Description, Changes.Category, Changes.HomeUrl, Changes.IconUrl, validator);
        // The whole tile is given: audiences left out would open it to everyone (an empty list does, said on purpose).
        validator.That(Changes.AudienceIds is not null, "audienceIds", FieldError.Required());
    }
}

internal sealed class UpdateAppHandler(AuditTrail audit, LauncherDbContext db, IOpenIddictApplicationManager applications, IAudiences audiences, ManagedApps views)
    : ICommandHandler<UpdateApp, Result<ManagedAppDto>>
{
    public async ValueTask<Result<ManagedAppDto>> Handle(UpdateApp command, CancellationToken cancellationToken)
    {
        var tile = await db.AppTiles.SingleOrDefaultAsync(t => t.Id == command.TileId, cancellationToken);
        if (tile is null)
        {
            return ManagedApps.NotFound;
        }

        var changes = command.Changes;
        var audienceIds = changes.AudienceIds!.Distinct().ToList();
        if ((await audiences.ExistingAsync(audienceIds, cancellationToken)).Count != audienceIds.Count)
        {
            return Error.Validation("audienceIds", FieldError.Rule("unknown_audience", "names an audience that does not exist."));
        }

        tile.Name = changes.Name.Trim();
        tile.Description = changes.Description?.Trim() ?? string.Empty;
        tile.Category = string.IsNullOrWhiteSpace(changes.Category) ? null : changes.Category.Trim();
        tile.HomeUrl = changes.HomeUrl.AbsoluteUri;
        tile.IconUrl = changes.IconUrl?.AbsoluteUri;
        tile.AudienceIds = audienceIds;
        // Recorded before the client's update, which saves this context (and would leave nothing changed to record).
        audit.RecordChanges(db, "app.updated", new AuditSubject("app", tile.Id.ToString(), tile.Name), db.Entry(tile));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The consent and sign-in pages name the app as its client says: renamed together (OpenIddict saves through this context).
        if (tile.ClientId is not null && await applications.FindByClientIdAsync(tile.ClientId, cancellationToken) is { } client)
        {
            var descriptor = await OpenIdConnect.AppClients.DescriptorOfAsync(applications, client, cancellationToken);
            descriptor.DisplayName = tile.Name;
            await applications.UpdateAsync(client, descriptor, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await views.OneAsync(tile.Id, cancellationToken);
    }
}
