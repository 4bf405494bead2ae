using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Features.ListMyTiles;

internal static class ListMyTilesEndpoint
{
    public static void Map(IEndpointRouteBuilder apps) =>
        apps.MapGet("/", HandleAsync).WithName("ListMyTiles");

    /// <summary><c>q</c> searches names, descriptions and categories.</summary>
    private static async Task<ApiResult<Ok<IReadOnlyList<AppTileDto>>, Problem.Invalid>> HandleAsync(string? q, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListMyTiles(q), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
