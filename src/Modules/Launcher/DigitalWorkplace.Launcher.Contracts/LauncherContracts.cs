using System.Text.Json.Serialization;
using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Launcher.Contracts;

/// <summary>How a tile's app signs people in (written by name in JSON).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AppKind>))]
public enum AppKind
{
    /// <summary>The platform is its OpenID Connect provider (a client registered here).</summary>
    SingleSignOn,

    /// <summary>Signed in elsewhere (Entra ID, the franchisor's portal): opened through its deep link.</summary>
    Federated,

    /// <summary>A plain link.</summary>
    Bookmark,
}

/// <summary>How a single sign-on app proves it is itself at the token endpoint (written by name in JSON).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AppClientType>))]
public enum AppClientType
{
    /// <summary>A browser or phone app that cannot keep a secret: PKCE alone.</summary>
    Public,

    /// <summary>A server-side app: PKCE and a client secret.</summary>
    Confidential,
}

/// <summary>
/// The scopes an app may be allowed to ask for, each releasing claims: <c>profile</c> (<c>name</c>, <c>locale</c>),
/// <c>email</c>, <c>location</c> (<c>location</c>, <c>location_id</c>), <c>roles</c> (<c>role</c>, one per platform role),
/// <c>employment</c> (<c>employment_type</c>); <c>offline_access</c> gives refresh tokens. <c>openid</c> (<c>sub</c>) always.
/// </summary>
public static class AppScopes
{
    public const string Profile = "profile";
    public const string Email = "email";
    public const string Location = "location";
    public const string Roles = "roles";
    public const string Employment = "employment";
    public const string OfflineAccess = "offline_access";

    public static readonly IReadOnlyList<string> All = [Profile, Email, Location, Roles, Employment, OfflineAccess];

    /// <summary>What an app is allowed when registration names no scopes.</summary>
    public static readonly IReadOnlyList<string> Default = [Profile, Email];
}

/// <summary>A single sign-on app's OpenID Connect client as registered here (its secret is never shown again).</summary>
public sealed record AppClientDto(
    string ClientId, AppClientType ClientType, IReadOnlyList<Uri> RedirectUris, IReadOnlyList<Uri> PostLogoutRedirectUris, IReadOnlyList<string> Scopes);

/// <summary>The whole of a client's settings, as an administrator changes them.</summary>
public sealed record ClientSettings(AppClientType? ClientType, IReadOnlyList<Uri>? RedirectUris, IReadOnlyList<Uri>? PostLogoutRedirectUris, IReadOnlyList<string>? Scopes);

/// <summary>A confidential client's new secret: shown this once, stored hashed; the previous one stops working.</summary>
public sealed record ClientSecretDto(string ClientId, string ClientSecret);

/// <summary>An app tile; <see cref="LaunchUrl"/> goes through the platform so launches are counted and access is checked.</summary>
/// <param name="Pinned">The person pinned it: pinned tiles come first, in the person's order.</param>
public sealed record AppTileDto(
    Guid Id, string Name, string Description, string LaunchUrl, string? IconUrl, bool UsesSingleSignOn, string? Category = null, AppKind Kind = AppKind.Bookmark, bool Pinned = false);

/// <summary>A tile as its administrators manage it.</summary>
/// <param name="Launches">How many times it was opened (all time).</param>
/// <param name="Client">A single sign-on app's client settings (the one-tile view only).</param>
/// <param name="LaunchesByLocation">The last <see cref="LauncherLimits.LaunchWindowDays"/> days' launches, by the location people were at (the one-tile view only).</param>
public sealed record ManagedAppDto(
    Guid Id, string Name, string Description, string? Category, Uri HomeUrl, string? IconUrl, AppKind Kind, string? ClientId, IReadOnlyList<Guid> AudienceIds, bool IsEnabled, int Launches,
    IReadOnlyList<LocationLaunchesDto>? LaunchesByLocation = null, AppClientDto? Client = null);

/// <param name="Location">The unit's name; null for people without one.</param>
public sealed record LocationLaunchesDto(Guid? OrgUnitId, string? Location, int Launches);

/// <summary>Someone opened a tile (through the platform's launch): for insights' launch counts by tile and location.</summary>
[DigitalWorkplace.BuildingBlocks.Messaging.IntegrationEventName("launcher.app-launched")]
public sealed record AppLaunchedIntegrationEvent(Guid TileId, Guid PersonId, Guid? OrgUnitId, DateTimeOffset At) : DigitalWorkplace.BuildingBlocks.Messaging.IntegrationEvent;

/// <summary>What an administrator changes of a tile (its kind and client id stay: a new kind is a new tile).</summary>
public sealed record AppChanges(string Name, string? Description, string? Category, Uri HomeUrl, Uri? IconUrl, IReadOnlyList<Guid>? AudienceIds);

/// <summary>Tile administration (administrators): the same requests and checks as the API.</summary>
public interface ILauncherAdministration
{
    Task<Result<IReadOnlyList<ManagedAppDto>>> AppsAsync(CancellationToken cancellationToken);

    Task<Result<ManagedAppDto>> AppAsync(Guid tileId, CancellationToken cancellationToken);

    Task<Result<ManagedAppDto>> UpdateAsync(Guid tileId, AppChanges changes, CancellationToken cancellationToken);

    /// <summary>A disabled tile leaves every launcher, its launch is refused and its app's sign-ins too; enabled again, it is back.</summary>
    Task<Result<ManagedAppDto>> SetEnabledAsync(Guid tileId, bool enabled, CancellationToken cancellationToken);

    /// <summary>Deletes the tile, its launches' history and, for a single sign-on app, its client and the tokens issued to it.</summary>
    Task<Result<Done>> DeleteAsync(Guid tileId, CancellationToken cancellationToken);

    /// <summary>Changes a single sign-on app's client: public or confidential, exact redirect addresses, scopes released.</summary>
    Task<Result<ManagedAppDto>> ConfigureClientAsync(Guid tileId, ClientSettings settings, CancellationToken cancellationToken);

    /// <summary>Issues a confidential client a new secret, shown once; the old one stops working at once.</summary>
    Task<Result<ClientSecretDto>> IssueSecretAsync(Guid tileId, CancellationToken cancellationToken);
}

/// <summary>An app tile; with a client id, an app the platform signs people into as their OpenID Connect provider (authorization code + PKCE).</summary>
/// <param name="AudienceIds">The Identity audiences the tile is for; none: everyone.</param>
/// <param name="Kind">Without it: single sign-on with a client id, a bookmark without. <see cref="AppKind.Federated"/> has no client id.</param>
/// <param name="Category">How the launcher groups tiles ("Shifts and pay", "Training").</param>
/// <param name="ClientType">Public without it. A confidential client gets its secret from <see cref="ILauncherAdministration.IssueSecretAsync"/>.</param>
/// <param name="Scopes">Of <see cref="AppScopes.All"/>; <see cref="AppScopes.Default"/> without it.</param>
public sealed record NewApp(
    string Name, string Description, Uri HomeUrl, string? ClientId, IReadOnlyList<Uri> RedirectUris, IReadOnlyList<Uri> PostLogoutRedirectUris, Uri? IconUrl = null,
    IReadOnlyList<Guid>? AudienceIds = null, AppKind? Kind = null, string? Category = null, AppClientType? ClientType = null, IReadOnlyList<string>? Scopes = null);

public interface ILauncherService
{
    /// <summary>The apps I may open: pinned first in my order, then the others by name; narrowed by a search of names, descriptions and categories.</summary>
    Task<IReadOnlyList<AppTileDto>> MyTilesAsync(CancellationToken cancellationToken, string? search = null);

    /// <summary>Pins these tiles, in this order (at most <see cref="LauncherLimits.MaxPinned"/>); the others are unpinned.</summary>
    Task<Result<IReadOnlyList<AppTileDto>>> PinAsync(IReadOnlyList<Guid> tileIds, CancellationToken cancellationToken);

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

public static class LauncherLimits
{
    /// <summary>Tiles a person may pin: a phone's first screen.</summary>
    public const int MaxPinned = 12;

    /// <summary>The days an app's page counts launches by location over.</summary>
    public const int LaunchWindowDays = 30;
}

/// <summary>Pages of the web UI that the OpenID Connect provider sends browsers to.</summary>
public static class LauncherPages
{
    /// <summary>"Sign out of Digital Workplace?": shown when an app asks to end the session without proof it is the person asking.</summary>
    public const string ConfirmSignOut = "/account/signout";
}
