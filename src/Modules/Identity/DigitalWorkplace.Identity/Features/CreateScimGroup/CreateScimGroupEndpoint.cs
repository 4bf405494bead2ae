using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.CreateScimGroup;

internal static class CreateScimGroupEndpoint
{
    public static void Map(IEndpointRouteBuilder scim) => scim.MapPost("/Groups", HandleAsync);

    private static Task<IResult> HandleAsync(HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
        ScimRequests.WithBodyAsync(request, async body => ScimRequests.Created(await sender.Send(new CreateScimGroup(body), cancellationToken)));
}
