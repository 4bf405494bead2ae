using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.GetCommunityFeed;

internal static class GetCommunityFeedEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/communities/{communityId:guid}/posts", HandleAsync).WithName("GetCommunityFeed");

    private static async Task<ApiResult<Ok<Page<PostDto>>, Problem.Invalid, Problem.NotFound>> HandleAsync(
        Guid communityId, string? after, int? pageSize, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetCommunityFeed(communityId, after, pageSize), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
