namespace DigitalWorkplace.Feeds.Features.CancelScheduledPost;

internal static class CancelScheduledPostEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/scheduled-posts/{scheduledPostId:guid}", HandleAsync).WithName("CancelScheduledPost");

    private static async Task<ApiResult<NoContent, Problem.NotFound>> HandleAsync(Guid scheduledPostId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CancelScheduledPost(scheduledPostId), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
