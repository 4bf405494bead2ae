using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListPostRevisions;

internal static class ListPostRevisionsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/posts/{postId:guid}/revisions", HandleAsync).WithName("ListPostRevisions");

    private static async Task<ApiResult<Ok<IReadOnlyList<PostRevisionDto>>, Problem.NotFound>> HandleAsync(Guid postId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListPostRevisions(postId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
