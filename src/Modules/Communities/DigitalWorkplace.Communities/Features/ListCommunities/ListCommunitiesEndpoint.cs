using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.ListCommunities;

internal static class ListCommunitiesEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapGet("/", HandleAsync).WithName("ListCommunities");

    private static async Task<Ok<IReadOnlyList<CommunitySummary>>> HandleAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok((await sender.Send(new ListCommunities(), cancellationToken)).Value ?? []);
}
