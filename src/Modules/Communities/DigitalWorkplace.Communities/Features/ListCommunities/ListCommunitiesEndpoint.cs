using DigitalWorkplace.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Communities.Features.ListCommunities;

internal static class ListCommunitiesEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListCommunities(), cancellationToken)).ToOk())
            .WithName("ListCommunities");
}
