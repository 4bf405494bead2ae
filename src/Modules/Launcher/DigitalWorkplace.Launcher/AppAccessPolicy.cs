using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Domain;

namespace DigitalWorkplace.Launcher;

/// <summary>
/// The one place that decides who may open an app, asked by the launcher, the launch redirect and the
/// OpenID Connect authorization and token endpoints. For now every active person (account neither ended nor
/// locked out) is assigned every enabled app; audiences per app will narrow it here and nowhere else.
/// </summary>
internal sealed class AppAccessPolicy(IPeopleDirectory people)
{
    public async Task<bool> MayUseAsync(Guid personId, AppTile? tile, CancellationToken cancellationToken) =>
        tile is { IsEnabled: true } && await IsActiveAsync(personId, cancellationToken);

    /// <summary>Single sign-on needs a tile registered for the client, and that tile enabled.</summary>
    public async Task<bool> MaySignInToAsync(Guid personId, AppTile? tile, CancellationToken cancellationToken) =>
        tile is { ClientId: not null } && await MayUseAsync(personId, tile, cancellationToken);

    public async Task<IReadOnlyList<AppTile>> UsableAsync(Guid personId, IReadOnlyList<AppTile> tiles, CancellationToken cancellationToken) =>
        await IsActiveAsync(personId, cancellationToken) ? [.. tiles.Where(t => t.IsEnabled)] : [];

    private Task<bool> IsActiveAsync(Guid personId, CancellationToken cancellationToken) =>
        people.IsActiveAsync(personId, cancellationToken);
}
