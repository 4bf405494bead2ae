using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.DeleteScimGroup;

internal static class DeleteScimGroupEndpoint
{
    public static void Map(IEndpointRouteBuilder scim) => scim.MapDelete("/Groups/{id}", HandleAsync);

    private static Task<IResult> HandleAsync(string id, ISender sender, CancellationToken cancellationToken) =>
        ScimRequests.ForResourceAsync(id, ScimGroups.NotFound, async groupId => ScimRequests.NoContent(await sender.Send(new DeleteScimGroup(groupId), cancellationToken)));
}
