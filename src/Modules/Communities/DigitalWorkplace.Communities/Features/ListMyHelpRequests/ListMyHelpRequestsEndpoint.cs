using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.ListMyHelpRequests;

internal static class ListMyHelpRequestsEndpoint
{
    public static void Map(IEndpointRouteBuilder help) =>
        help.MapGet("/requests/mine", HandleAsync).WithName("ListMyHelpRequests");

    private static async Task<Ok<IReadOnlyList<HelpRequestDto>>> HandleAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok((await sender.Send(new ListMyHelpRequests(), cancellationToken)).Value ?? []);
}
