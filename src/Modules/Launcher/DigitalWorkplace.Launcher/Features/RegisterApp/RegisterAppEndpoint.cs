using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Features.RegisterApp;

internal static class RegisterAppEndpoint
{
    public static void Map(IEndpointRouteBuilder apps) =>
        apps.MapPost("/", HandleAsync).WithName("RegisterApp");

    private static async Task<ApiResult<Created<AppTileDto>, Problem.Invalid, Problem.Forbidden, Problem.Conflict>> HandleAsync(
        NewApp app, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RegisterApp(app), cancellationToken);
        return result.IsSuccess ? TypedResults.Created(result.Value!.LaunchUrl, result.Value) : result.Error;
    }
}
