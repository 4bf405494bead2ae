using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Features.SetAppEnabled;

internal static class SetAppEnabledEndpoint
{
    public static void Map(IEndpointRouteBuilder apps) =>
        apps.MapPut("/manage/{tileId:guid}/enabled", HandleAsync).WithName("SetAppEnabled");

    private static async Task<ApiResult<Ok<ManagedAppDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid tileId, EnabledBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetAppEnabled(tileId, body.Enabled), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }

    internal sealed record EnabledBody(bool? Enabled);
}
