using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Features.PinApps;

internal static class PinAppsEndpoint
{
    public static void Map(IEndpointRouteBuilder apps) =>
        apps.MapPut("/pinned", HandleAsync).WithName("PinApps");

    private static async Task<ApiResult<Ok<IReadOnlyList<AppTileDto>>, Problem.Invalid>> HandleAsync(PinnedBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new PinApps(body.TileIds), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }

    internal sealed record PinnedBody(IReadOnlyList<Guid>? TileIds);
}
