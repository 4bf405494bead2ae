using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Launcher.Contracts;

/// <summary>An app tile; <see cref="LaunchUrl"/> goes through the platform so launches are counted and access is checked.</summary>
public sealed record AppTileDto(Guid Id, string Name, string Description, string LaunchUrl, string? IconUrl, bool UsesSingleSignOn);

/// <summary>An app the platform signs people into as their OpenID Connect provider (authorization code + PKCE).</summary>
/// <param name="AudienceIds">The Identity audiences the tile is for; none: everyone.</param>
public sealed record NewApp(
    string Name, string Description, Uri HomeUrl, string? ClientId, IReadOnlyList<Uri> RedirectUris, IReadOnlyList<Uri> PostLogoutRedirectUris, Uri? IconUrl = null,
    IReadOnlyList<Guid>? AudienceIds = null);

public interface ILauncherService
{
    Task<IReadOnlyList<AppTileDto>> MyTilesAsync(CancellationToken cancellationToken);

    /// <summary>Registers a tile and, with a client id, its OpenID Connect client (administrators; the demo seed).</summary>
    Task<Result<AppTileDto>> RegisterAppAsync(NewApp app, CancellationToken cancellationToken);
}

/// <summary>The app tiles by id, for other modules (a guest's apps): no access check, names are not secret to administrators.</summary>
public interface IAppDirectory
{
    /// <summary>The tiles, of those asked, that exist, with their names.</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Of these tiles, those the person may open (enabled, for them).</summary>
    Task<IReadOnlySet<Guid>> UsableByAsync(Guid personId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Every tile's id and name, by name (for pickers in the admin pages).</summary>
    Task<IReadOnlyList<(Guid Id, string Name)>> AllAsync(CancellationToken cancellationToken);
}

/// <summary>Pages of the web UI that the OpenID Connect provider sends browsers to.</summary>
public static class LauncherPages
{
    /// <summary>"Sign out of Digital Workplace?": shown when an app asks to end the session without proof it is the person asking.</summary>
    public const string ConfirmSignOut = "/account/signout";
}
