using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.GetScimGroup;

internal static class GetScimGroupEndpoint
{
    public static void Map(IEndpointRouteBuilder scim) => scim.MapGet("/Groups/{id}", HandleAsync);

    private static Task<IResult> HandleAsync(string id, string? excludedAttributes, ISender sender, CancellationToken cancellationToken) =>
        ScimRequests.ForResourceAsync(id, ScimGroups.NotFound, async groupId =>
            ScimResults.From(await sender.Send(new GetScimGroup(groupId, !ScimPage.Excludes(excludedAttributes, "members")), cancellationToken)));
}
