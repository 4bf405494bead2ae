using DigitalWorkplace.Search.Contracts;

namespace DigitalWorkplace.Search.Features.SearchEverything;

internal static class SearchEverythingEndpoint
{
    /// <summary><c>GET /search?q=&amp;take=</c>: 400 naming <c>q</c> when it is empty.</summary>
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/search", HandleAsync).WithName("Search").WithTags("Search");

    private static async Task<ApiResult<Ok<SearchResultsDto>, Problem.Invalid>> HandleAsync(string? q, int? take, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SearchEverything(q, take), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
