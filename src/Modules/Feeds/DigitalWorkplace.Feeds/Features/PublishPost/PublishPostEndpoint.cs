using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Feeds.Features.PublishPost;

internal sealed record PublishPostBody(string? Markdown);

internal static class PublishPostEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/communities/{communityId:guid}/posts", async (
                Guid communityId,
                PublishPostBody body,
                [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                ISender sender,
                LinkGenerator links,
                HttpContext http,
                CancellationToken cancellationToken) =>
                (await sender.Send(new PublishPost(communityId, body.Markdown, idempotencyKey), cancellationToken))
                .ToCreatedOrReplayed(post => links.GetPathByName(http, GetPost.GetPostEndpoint.Name, new { postId = post.Id })!))
            .WithName("PublishPost");
}
