using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.ListScimGroups;

internal static class ListScimGroupsEndpoint
{
    public static void Map(IEndpointRouteBuilder scim) => scim.MapGet("/Groups", HandleAsync);

    private static async Task<IResult> HandleAsync(
        string? filter, string? startIndex, string? count, string? excludedAttributes, ISender sender, CancellationToken cancellationToken) =>
        ScimResults.From(await sender.Send(
            new ListScimGroups(filter, ScimPage.Number(startIndex), ScimPage.Number(count), !ScimPage.Excludes(excludedAttributes, "members")), cancellationToken));
}
