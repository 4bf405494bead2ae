namespace DigitalWorkplace.Launcher.Features.DeleteApp;

internal static class DeleteAppEndpoint
{
    public static void Map(IEndpointRouteBuilder apps) =>
        apps.MapDelete("/manage/{tileId:guid}", HandleAsync).WithName("DeleteApp");

    private static async Task<ApiResult<NoContent, Problem.Forbidden, Problem.NotFound>> HandleAsync(Guid tileId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DeleteApp(tileId), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
