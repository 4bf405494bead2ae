using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.PatchScimGroup;

internal static class PatchScimGroupEndpoint
{
    public static void Map(IEndpointRouteBuilder scim) => scim.MapPatch("/Groups/{id}", HandleAsync);

    private static Task<IResult> HandleAsync(string id, HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
        ScimRequests.ForResourceAsync(id, ScimGroups.NotFound, request, async (groupId, body) => ScimRequests.NoContent(await sender.Send(new PatchScimGroup(groupId, body), cancellationToken)));
}
