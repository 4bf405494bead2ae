namespace DigitalWorkplace.Feeds.Features.GetPostMarkdown;

internal sealed record PostMarkdownDto(string Markdown);

internal static class GetPostMarkdownEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/posts/{postId:guid}/markdown", HandleAsync).WithName("GetPostMarkdown");

    private static async Task<ApiResult<Ok<PostMarkdownDto>, Problem.Forbidden, Problem.NotFound>> HandleAsync(Guid postId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetPostMarkdown(postId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(new PostMarkdownDto(result.Value!)) : result.Error;
    }
}
