using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.GetTopic;

internal static class GetTopicEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/topics/{tag}", HandleAsync).WithName("GetTopic");

    private static async Task<ApiResult<Ok<Page<PostDto>>, Problem.Invalid>> HandleAsync(string tag, string? after, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetTopic(tag, after), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
