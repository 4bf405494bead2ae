namespace DigitalWorkplace.Feeds.Features.DeletePost;

internal static class DeletePostEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/posts/{postId:guid}", HandleAsync).WithName("DeletePost");

    private static async Task<ApiResult<NoContent, Problem.Forbidden, Problem.NotFound>> HandleAsync(Guid postId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DeletePost(postId), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
