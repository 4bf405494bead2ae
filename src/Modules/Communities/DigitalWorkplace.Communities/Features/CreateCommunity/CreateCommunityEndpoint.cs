using DigitalWorkplace.BuildingBlocks.Http;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Features.GetCommunity;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Communities.Features.CreateCommunity;

internal sealed record CreateCommunityBody(string? Name, string? Description, CommunityVisibility? Visibility, bool IsOfficial);

internal static class CreateCommunityEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPost("/", async (CreateCommunityBody body, ISender sender, LinkGenerator links, HttpContext http, CancellationToken cancellationToken) =>
                (await sender.Send(new CreateCommunity(body.Name, body.Description, body.Visibility, body.IsOfficial), cancellationToken))
                .ToCreated(c => links.GetPathByName(http, GetCommunityEndpoint.Name, new { communityId = c.Id })!))
            .WithName("CreateCommunity");
}
