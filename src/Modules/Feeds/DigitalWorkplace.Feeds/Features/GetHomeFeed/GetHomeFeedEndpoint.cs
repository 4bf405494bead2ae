using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.GetHomeFeed;

internal static class GetHomeFeedEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/feed/home", HandleAsync).WithName("GetHomeFeed");

    private static async Task<ApiResult<Ok<Page<PostDto>>, Problem.Invalid>> HandleAsync(string? after, int? pageSize, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetHomeFeed(after, pageSize), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
