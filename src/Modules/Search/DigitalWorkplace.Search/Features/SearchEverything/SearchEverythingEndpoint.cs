using DigitalWorkplace.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Search.Features.SearchEverything;

internal static class SearchEverythingEndpoint
{
    /// <summary><c>GET /search?q=&amp;take=</c>: 400 naming <c>q</c> when it is empty, 401 when nobody is signed in.</summary>
    public static void MapSearchEverything(this IEndpointRouteBuilder api) =>
        api.MapGet("/search", async (string? q, int? take, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new SearchEverythingQuery(q, take), cancellationToken)).ToOk())
            .WithName("Search")
            .WithTags("Search");
}
