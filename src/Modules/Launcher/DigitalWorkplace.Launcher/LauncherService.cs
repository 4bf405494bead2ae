using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Features.ListMyTiles;
using DigitalWorkplace.Launcher.Features.RegisterApp;

namespace DigitalWorkplace.Launcher;

/// <summary>The Contracts, for the UI and the demo seed: the same requests (and checks) as the API.</summary>
internal sealed class LauncherService(ISender sender) : ILauncherService, ILauncherAdministration
{
    public async Task<Result<IReadOnlyList<ManagedAppDto>>> AppsAsync(CancellationToken cancellationToken) =>
        await sender.Send(new Features.ListManagedApps.ListManagedApps(), cancellationToken);

    public async Task<Result<ManagedAppDto>> AppAsync(Guid tileId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.GetManagedApp.GetManagedApp(tileId), cancellationToken);

    public async Task<Result<ManagedAppDto>> UpdateAsync(Guid tileId, AppChanges changes, CancellationToken cancellationToken) =>
        await sender.Send(new Features.UpdateApp.UpdateApp(tileId, changes), cancellationToken);

    public async Task<Result<ManagedAppDto>> SetEnabledAsync(Guid tileId, bool enabled, CancellationToken cancellationToken) =>
        await sender.Send(new Features.SetAppEnabled.SetAppEnabled(tileId, enabled), cancellationToken);

    public async Task<Result<Done>> DeleteAsync(Guid tileId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.DeleteApp.DeleteApp(tileId), cancellationToken);

    public async Task<Result<ManagedAppDto>> ConfigureClientAsync(Guid tileId, ClientSettings settings, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ConfigureClient.ConfigureClient(tileId, settings), cancellationToken);

    public async Task<Result<ClientSecretDto>> IssueSecretAsync(Guid tileId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.IssueClientSecret.IssueClientSecret(tileId), cancellationToken);

    public async Task<IReadOnlyList<AppTileDto>> MyTilesAsync(CancellationToken cancellationToken, string? search = null) =>
        (await sender.Send(new ListMyTiles(search), cancellationToken)).Value ?? [];

    public async Task<Result<IReadOnlyList<AppTileDto>>> PinAsync(IReadOnlyList<Guid> tileIds, CancellationToken cancellationToken) =>
        await sender.Send(new Features.PinApps.PinApps(tileIds), cancellationToken);

    public async Task<Result<AppTileDto>> RegisterAppAsync(NewApp app, CancellationToken cancellationToken) =>
        await sender.Send(new RegisterApp(app), cancellationToken);
}
