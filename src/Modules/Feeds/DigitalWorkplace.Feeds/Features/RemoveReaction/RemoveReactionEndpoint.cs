using DigitalWorkplace.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Feeds.Features.RemoveReaction;

internal static class RemoveReactionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/posts/{postId:guid}/reactions/{kind}", async (Guid postId, string kind, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RemoveReaction(postId, kind), cancellationToken)).ToNoContent())
            .WithName("RemoveReaction");
}
