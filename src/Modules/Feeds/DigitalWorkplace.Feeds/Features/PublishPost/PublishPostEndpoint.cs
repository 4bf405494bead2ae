using DigitalWorkplace.BuildingBlocks.Idempotency;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Features.GetPost;
using Microsoft.AspNetCore.Mvc;

namespace DigitalWorkplace.Feeds.Features.PublishPost;

internal sealed record PublishPostBody(string? Markdown, RecognitionInput? Recognition = null, IReadOnlyList<Guid>? AttachmentIds = null, PollInput? Poll = null);

internal static class PublishPostEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/communities/{communityId:guid}/posts", HandleAsync).WithName("PublishPost");

    private static async Task<ApiResult<Results<Created<PostDto>, Ok<PostDto>>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Unprocessable>> HandleAsync(
        Guid communityId,
        PublishPostBody body,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ISender sender,
        LinkGenerator links,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var result = await sender.Send(new PublishPost(communityId, body.Markdown, idempotencyKey, body.Recognition, body.AttachmentIds, body.Poll), cancellationToken);
        return result.IsSuccess ? result.Value!.ToHttp(post => links.PathOf(http, post.Id)) : result.Error;
    }
}
