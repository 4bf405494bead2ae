using DigitalWorkplace.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Feeds.Features.GetHomeFeed;

internal static class GetHomeFeedEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/feed/home", async (string? after, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetHomeFeed(after, pageSize), cancellationToken)).ToOk())
            .WithName("GetHomeFeed");
}
