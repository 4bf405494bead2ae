using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.ReplaceScimGroup;

internal static class ReplaceScimGroupEndpoint
{
    public static void Map(IEndpointRouteBuilder scim) => scim.MapPut("/Groups/{id}", HandleAsync);

    private static Task<IResult> HandleAsync(string id, HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
        ScimRequests.ForResourceAsync(id, ScimGroups.NotFound, request, async (groupId, body) => ScimResults.From(await sender.Send(new ReplaceScimGroup(groupId, body), cancellationToken)));
}
