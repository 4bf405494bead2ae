namespace DigitalWorkplace.Identity.Features.ListSeasons;

internal static class ListSeasonsEndpoint
{
    public static void Map(IEndpointRouteBuilder seasons) =>
        seasons.MapGet("/", HandleAsync).WithName("ListSeasons");

    private static async Task<Ok<IReadOnlyList<SeasonView>>> HandleAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok((await sender.Send(new ListSeasons(), cancellationToken)).Value!);
}
