using DigitalWorkplace.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Communities.Features.JoinCommunity;

internal static class JoinCommunityEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPost("/{communityId:guid}/join", async (Guid communityId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new JoinCommunity(communityId), cancellationToken)).ToOk())
            .WithName("JoinCommunity");
}
