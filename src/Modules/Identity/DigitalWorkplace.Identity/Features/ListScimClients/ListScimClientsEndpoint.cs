using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.ListScimClients;

internal static class ListScimClientsEndpoint
{
    public static void Map(IEndpointRouteBuilder clients) =>
        clients.MapGet("", HandleAsync).WithName("ListScimClients");

    private static async Task<ApiResult<Ok<IReadOnlyList<ScimClientDto>>, Problem.Forbidden>> HandleAsync(ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListScimClients(), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
