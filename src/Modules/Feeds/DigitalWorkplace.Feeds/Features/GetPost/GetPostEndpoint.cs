using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.GetPost;

internal static class GetPostEndpoint
{
    public const string Name = "GetPost";

    /// <summary>Where a post lives in the API: the Location of a created post, and of its comments.</summary>
    public static string PathOf(this LinkGenerator links, HttpContext http, Guid postId) =>
        links.GetPathByName(http, Name, new { postId }) ?? throw new InvalidOperationException("The GetPost endpoint is not mapped.");

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/posts/{postId:guid}", HandleAsync).WithName(Name);

    private static async Task<ApiResult<Ok<PostDetailDto>, Problem.NotFound>> HandleAsync(Guid postId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetPost(postId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
