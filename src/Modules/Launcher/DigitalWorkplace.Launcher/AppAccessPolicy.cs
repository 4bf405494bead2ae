using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Domain;

namespace DigitalWorkplace.Launcher;

/// <summary>
/// The one place that decides who may open an app, asked by the launcher, the launch redirect and the OpenID Connect
/// authorization and token endpoints: an active person, an enabled tile, and — when the tile names audiences — a member
/// of one of them (answered from Identity's cached status, no query). A guest may open only the apps their sponsor
/// chose for them, audiences or not.
/// </summary>
internal sealed class AppAccessPolicy(IPeopleDirectory people, IAudiences audiences, IGuestAccess guests)
{
    public async Task<bool> MayUseAsync(Guid personId, AppTile? tile, CancellationToken cancellationToken) =>
        tile is { IsEnabled: true } && await IsActiveAsync(personId, cancellationToken) && await IsForAsync(personId, tile, cancellationToken);

    /// <summary>Single sign-on needs a tile registered for the client, and that tile enabled.</summary>
    public async Task<bool> MaySignInToAsync(Guid personId, AppTile? tile, CancellationToken cancellationToken) =>
        tile is { ClientId: not null } && await MayUseAsync(personId, tile, cancellationToken);

    public async Task<IReadOnlyList<AppTile>> UsableAsync(Guid personId, IReadOnlyList<AppTile> tiles, CancellationToken cancellationToken)
    {
        if (!await IsActiveAsync(personId, cancellationToken))
        {
            return [];
        }

        if (await guests.ScopeOfAsync(personId, cancellationToken) is { } guest)
        {
            return [.. tiles.Where(t => t.IsEnabled && guest.AppIds.Contains(t.Id))];
        }

        var memberships = await audiences.MembershipsAsync(personId, [.. tiles.SelectMany(t => t.AudienceIds).Distinct()], cancellationToken);
        return [.. tiles.Where(t => t.IsEnabled && (t.AudienceIds.Count == 0 || t.AudienceIds.Any(memberships.Contains)))];
    }

    private async Task<bool> IsForAsync(Guid personId, AppTile tile, CancellationToken cancellationToken)
    {
        if (await guests.ScopeOfAsync(personId, cancellationToken) is { } guest)
        {
            return guest.AppIds.Contains(tile.Id);
        }

        return tile.AudienceIds.Count == 0 || (await audiences.MembershipsAsync(personId, tile.AudienceIds, cancellationToken)).Count > 0;
    }

    private Task<bool> IsActiveAsync(Guid personId, CancellationToken cancellationToken) =>
        people.IsActiveAsync(personId, cancellationToken);
}
