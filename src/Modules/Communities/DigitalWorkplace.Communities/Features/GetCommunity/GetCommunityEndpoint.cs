using DigitalWorkplace.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Communities.Features.GetCommunity;

internal static class GetCommunityEndpoint
{
    public const string Name = "GetCommunity";

    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapGet("/{communityId:guid}", async (Guid communityId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetCommunity(communityId), cancellationToken)).ToOk())
            .WithName(Name);
}
