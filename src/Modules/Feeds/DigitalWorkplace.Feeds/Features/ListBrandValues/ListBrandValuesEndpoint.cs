using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListBrandValues;

internal static class ListBrandValuesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/brand-values", HandleAsync).WithName("ListBrandValues");

    private static async Task<Ok<IReadOnlyList<BrandValueDto>>> HandleAsync(bool? includeRetired, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok((await sender.Send(new ListBrandValues(includeRetired ?? false), cancellationToken)).Value!);
}
