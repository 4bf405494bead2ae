using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.React;

internal static class ReactEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/posts/{postId:guid}/reactions/{kind}", HandleAsync).WithName("React");

    private static async Task<ApiResult<Ok<PostDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid postId, string kind, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new React(postId, kind), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
