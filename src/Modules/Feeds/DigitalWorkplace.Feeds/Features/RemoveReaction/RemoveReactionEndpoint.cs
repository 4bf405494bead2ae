namespace DigitalWorkplace.Feeds.Features.RemoveReaction;

internal static class RemoveReactionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/posts/{postId:guid}/reactions/{kind}", HandleAsync).WithName("RemoveReaction");

    private static async Task<ApiResult<NoContent, Problem.Invalid, Problem.NotFound>> HandleAsync(
        Guid postId, string kind, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RemoveReaction(postId, kind), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
