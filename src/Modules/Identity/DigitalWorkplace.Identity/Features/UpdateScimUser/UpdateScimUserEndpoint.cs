using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.UpdateScimUser;

internal static class UpdateScimUserEndpoint
{
    public static void Map(IEndpointRouteBuilder scim)
    {
        scim.MapPut("/Users/{id}", (string id, HttpRequest request, ISender sender, CancellationToken cancellationToken) => HandleAsync(id, request, isPatch: false, sender, cancellationToken));
        scim.MapPatch("/Users/{id}", (string id, HttpRequest request, ISender sender, CancellationToken cancellationToken) => HandleAsync(id, request, isPatch: true, sender, cancellationToken));
    }

    private static Task<IResult> HandleAsync(string id, HttpRequest request, bool isPatch, ISender sender, CancellationToken cancellationToken) =>
        ScimRequests.ForResourceAsync(id, ScimUsers.NotFound, request, async (personId, body) => ScimResults.From(await sender.Send(new UpdateScimUser(personId, body, isPatch), cancellationToken)));
}
