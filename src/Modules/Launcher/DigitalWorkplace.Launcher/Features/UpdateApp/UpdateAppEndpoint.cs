using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Features.UpdateApp;

internal static class UpdateAppEndpoint
{
    public static void Map(IEndpointRouteBuilder apps) =>
        apps.MapPut("/manage/{tileId:guid}", HandleAsync).WithName("UpdateApp");

    private static async Task<ApiResult<Ok<ManagedAppDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid tileId, AppChanges changes, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new UpdateApp(tileId, changes), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
