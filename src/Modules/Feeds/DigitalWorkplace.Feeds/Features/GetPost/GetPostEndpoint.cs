using DigitalWorkplace.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Feeds.Features.GetPost;

internal static class GetPostEndpoint
{
    public const string Name = "GetPost";

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/posts/{postId:guid}", async (Guid postId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetPost(postId), cancellationToken)).ToOk())
            .WithName(Name);
}
