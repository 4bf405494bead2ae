using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.DeleteScimUser;

internal static class DeleteScimUserEndpoint
{
    public static void Map(IEndpointRouteBuilder scim) => scim.MapDelete("/Users/{id}", HandleAsync);

    private static Task<IResult> HandleAsync(string id, ISender sender, CancellationToken cancellationToken) =>
        ScimRequests.ForResourceAsync(id, ScimUsers.NotFound, async personId => ScimRequests.NoContent(await sender.Send(new DeleteScimUser(personId), cancellationToken)));
}
