using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Features.GetManagedApp;

internal static class GetManagedAppEndpoint
{
    public static void Map(IEndpointRouteBuilder apps) =>
        apps.MapGet("/manage/{tileId:guid}", HandleAsync).WithName("GetManagedApp");

    private static async Task<ApiResult<Ok<ManagedAppDto>, Problem.Forbidden, Problem.NotFound>> HandleAsync(Guid tileId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetManagedApp(tileId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
