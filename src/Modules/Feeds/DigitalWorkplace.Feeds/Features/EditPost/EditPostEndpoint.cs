using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.EditPost;

internal sealed record EditPostBody(string? Markdown);

internal static class EditPostEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/posts/{postId:guid}", HandleAsync).WithName("EditPost");

    private static async Task<ApiResult<Ok<PostDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid postId, EditPostBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new EditPost(postId, body.Markdown), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
