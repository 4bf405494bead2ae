using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Features.ConfigureClient;

internal static class ConfigureClientEndpoint
{
    public static void Map(IEndpointRouteBuilder apps) =>
        apps.MapPut("/manage/{tileId:guid}/client", HandleAsync).WithName("ConfigureClient");

    private static async Task<ApiResult<Ok<ManagedAppDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid tileId, ClientSettings settings, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ConfigureClient(tileId, settings), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
