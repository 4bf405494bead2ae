namespace DigitalWorkplace.Feeds.Features.PinPost;

internal static class PinPostEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/posts/{postId:guid}/pin", (Guid postId, ISender sender, CancellationToken cancellationToken) => HandleAsync(new PinPost(postId, Pinned: true), sender, cancellationToken))
            .WithName("PinPost");
        api.MapDelete("/posts/{postId:guid}/pin", (Guid postId, ISender sender, CancellationToken cancellationToken) => HandleAsync(new PinPost(postId, Pinned: false), sender, cancellationToken))
            .WithName("UnpinPost");
    }

    private static async Task<ApiResult<NoContent, Problem.Forbidden, Problem.NotFound>> HandleAsync(PinPost command, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
