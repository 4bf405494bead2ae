using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Feeds.Features.AddComment;

internal sealed record AddCommentBody(string? Markdown);

internal static class AddCommentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/posts/{postId:guid}/comments", async (
                Guid postId,
                AddCommentBody body,
                [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                ISender sender,
                LinkGenerator links,
                HttpContext http,
                CancellationToken cancellationToken) =>
                (await sender.Send(new AddComment(postId, body.Markdown, idempotencyKey), cancellationToken))
                .ToCreatedOrReplayed(comment => links.GetPathByName(http, GetPost.GetPostEndpoint.Name, new { postId = comment.PostId }) + "#comment-" + comment.Id))
            .WithName("AddComment");
}
