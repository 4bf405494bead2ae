using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.CreateScimUser;

internal static class CreateScimUserEndpoint
{
    public static void Map(IEndpointRouteBuilder scim) => scim.MapPost("/Users", HandleAsync);

    private static Task<IResult> HandleAsync(HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
        ScimRequests.WithBodyAsync(request, async body => ScimRequests.Created(await sender.Send(new CreateScimUser(body), cancellationToken)));
}
