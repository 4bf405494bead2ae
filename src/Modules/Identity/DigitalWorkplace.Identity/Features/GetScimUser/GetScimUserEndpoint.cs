using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.GetScimUser;

internal static class GetScimUserEndpoint
{
    public static void Map(IEndpointRouteBuilder scim) => scim.MapGet("/Users/{id}", HandleAsync);

    // The id as text: an id that is not ours is a SCIM 404, not a routing miss.
    private static Task<IResult> HandleAsync(string id, ISender sender, CancellationToken cancellationToken) =>
        ScimRequests.ForResourceAsync(id, ScimUsers.NotFound, async personId => ScimResults.From(await sender.Send(new GetScimUser(personId), cancellationToken)));
}
