using DigitalWorkplace.BuildingBlocks.Http;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Features.ListMyTiles;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Launcher.Features;

/// <summary><c>/api/v1/apps</c>: my tiles, and registering an app (administrators).</summary>
internal static class LauncherApiEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var apps = api.MapGroup("/apps").WithTags("Launcher");
        apps.MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(new ListMyTiles.ListMyTiles(), cancellationToken)).ToOk());
        apps.MapPost("/", async (NewApp app, ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(new RegisterApp.RegisterApp(app), cancellationToken)).ToCreated(tile => $"/api/v1/apps/{tile.Id}"));
    }
}
