namespace DigitalWorkplace.Identity.Features.RevokeMyAccessToken;

internal static class RevokeMyAccessTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/me/tokens/{id:guid}", HandleAsync).WithName("RevokeMyAccessToken");

    private static async Task<ApiResult<NoContent, Problem.NotFound>> HandleAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RevokeMyAccessToken(id), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
