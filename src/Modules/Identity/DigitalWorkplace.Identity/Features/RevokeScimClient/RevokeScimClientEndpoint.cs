using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.RevokeScimClient;

internal static class RevokeScimClientEndpoint
{
    public static void Map(IEndpointRouteBuilder clients) =>
        clients.MapDelete("/{id:guid}", HandleAsync).WithName("RevokeScimClient");

    private static async Task<ApiResult<NoContent, Problem.Forbidden, Problem.NotFound>> HandleAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RevokeScimClient(id), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
