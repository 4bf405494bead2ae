namespace DigitalWorkplace.Identity.Features.ListScimUsers;

internal static class ListScimUsersEndpoint
{
    public static void Map(IEndpointRouteBuilder scim) => scim.MapGet("/Users", HandleAsync);

    private static async Task<IResult> HandleAsync(string? filter, string? startIndex, string? count, ISender sender, CancellationToken cancellationToken) =>
        Scim.ScimResults.From(await sender.Send(new ListScimUsers(filter, Scim.ScimPage.Number(startIndex), Scim.ScimPage.Number(count)), cancellationToken));
}
