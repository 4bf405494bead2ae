using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Features.ListMyTiles;

internal static class ListMyTilesEndpoint
{
    public static void Map(IEndpointRouteBuilder apps) =>
        apps.MapGet("/", HandleAsync).WithName("ListMyTiles");

    private static async Task<Ok<IReadOnlyList<AppTileDto>>> HandleAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok((await sender.Send(new ListMyTiles(), cancellationToken)).Value ?? []);
}
