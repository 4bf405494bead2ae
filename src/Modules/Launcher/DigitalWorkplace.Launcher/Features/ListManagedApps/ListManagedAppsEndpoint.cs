using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Features.ListManagedApps;

internal static class ListManagedAppsEndpoint
{
    public static void Map(IEndpointRouteBuilder apps) =>
        apps.MapGet("/manage", HandleAsync).WithName("ListManagedApps");

    private static async Task<ApiResult<Ok<IReadOnlyList<ManagedAppDto>>, Problem.Forbidden>> HandleAsync(ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListManagedApps(), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
