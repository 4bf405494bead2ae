using DigitalWorkplace.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Feeds.Features.React;

internal static class ReactEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/posts/{postId:guid}/reactions/{kind}", async (Guid postId, string kind, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new React(postId, kind), cancellationToken)).ToOk())
            .WithName("React");
}
