namespace DigitalWorkplace.Identity.Features.ListAudiences;

internal static class ListAudiencesEndpoint
{
    public static void Map(IEndpointRouteBuilder audiences) =>
        audiences.MapGet("/", HandleAsync).WithName("ListAudiences");

    private static async Task<Ok<IReadOnlyList<AudienceView>>> HandleAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok((await sender.Send(new ListAudiences(), cancellationToken)).Value!);
}
