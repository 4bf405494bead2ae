using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Features.ListMyTiles;
using DigitalWorkplace.Launcher.Features.RegisterApp;

namespace DigitalWorkplace.Launcher;

/// <summary>The Contracts, for the UI and the demo seed: the same requests (and checks) as the API.</summary>
internal sealed class LauncherService(ISender sender) : ILauncherService
{
    public async Task<IReadOnlyList<AppTileDto>> MyTilesAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new ListMyTiles(), cancellationToken)).Value ?? [];

    public async Task<Result<AppTileDto>> RegisterAppAsync(NewApp app, CancellationToken cancellationToken) =>
        await sender.Send(new RegisterApp(app), cancellationToken);
}
