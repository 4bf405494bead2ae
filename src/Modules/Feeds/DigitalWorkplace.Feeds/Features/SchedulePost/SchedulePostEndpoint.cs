using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.SchedulePost;

internal static class SchedulePostEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/communities/{communityId:guid}/scheduled-posts", HandleAsync).WithName("SchedulePost");

    private static async Task<ApiResult<Created<ScheduledPostDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid communityId, NewScheduledPost body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SchedulePost(communityId, body), cancellationToken);
        return result.IsSuccess ? TypedResults.Created($"/api/v1/me/scheduled-posts#{result.Value!.Id}", result.Value) : result.Error;
    }
}
