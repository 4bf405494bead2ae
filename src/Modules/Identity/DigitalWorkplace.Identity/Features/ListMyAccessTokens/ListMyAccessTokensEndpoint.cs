namespace DigitalWorkplace.Identity.Features.ListMyAccessTokens;

internal static class ListMyAccessTokensEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/tokens", HandleAsync).WithName("ListMyAccessTokens");

    private static async Task<Ok<IReadOnlyList<AccessTokenInfo>>> HandleAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok((await sender.Send(new ListMyAccessTokens(), cancellationToken)).Value ?? []);
}
