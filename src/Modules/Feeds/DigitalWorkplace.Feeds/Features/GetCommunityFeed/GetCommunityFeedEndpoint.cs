using DigitalWorkplace.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Feeds.Features.GetCommunityFeed;

internal static class GetCommunityFeedEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/communities/{communityId:guid}/posts", async (Guid communityId, string? after, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetCommunityFeed(communityId, after, pageSize), cancellationToken)).ToOk())
            .WithName("GetCommunityFeed");
}
