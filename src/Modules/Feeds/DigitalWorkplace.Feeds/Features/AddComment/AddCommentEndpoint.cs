using DigitalWorkplace.BuildingBlocks.Idempotency;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Features.GetPost;
using Microsoft.AspNetCore.Mvc;

namespace DigitalWorkplace.Feeds.Features.AddComment;

internal sealed record AddCommentBody(string? Markdown, IReadOnlyList<Guid>? AttachmentIds = null, Guid? ReplyTo = null);

internal static class AddCommentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/posts/{postId:guid}/comments", HandleAsync).WithName("AddComment");

    private static async Task<ApiResult<Results<Created<CommentDto>, Ok<CommentDto>>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Unprocessable>> HandleAsync(
        Guid postId,
        AddCommentBody body,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ISender sender,
        LinkGenerator links,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var result = await sender.Send(new AddComment(postId, body.Markdown, idempotencyKey, body.AttachmentIds, body.ReplyTo), cancellationToken);
        return result.IsSuccess ? result.Value!.ToHttp(comment => $"{links.PathOf(http, comment.PostId)}#comment-{comment.Id}") : result.Error;
    }
}
