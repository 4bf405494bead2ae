using DigitalWorkplace.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Communities.Features.AddMember;

internal sealed record AddMemberBody(Guid? PersonId);

internal static class AddMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPost("/{communityId:guid}/members", async (Guid communityId, AddMemberBody body, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new AddMember(communityId, body.PersonId), cancellationToken)).ToOk())
            .WithName("AddCommunityMember");
}
