using DigitalWorkplace.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Communities.Features.LeaveCommunity;

internal static class LeaveCommunityEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapDelete("/{communityId:guid}/members/me", async (Guid communityId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new LeaveCommunity(communityId), cancellationToken)).ToNoContent())
            .WithName("LeaveCommunity");
}
