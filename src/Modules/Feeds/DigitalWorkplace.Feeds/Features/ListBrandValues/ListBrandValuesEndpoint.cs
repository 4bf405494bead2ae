using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListBrandValues;

internal static class ListBrandValuesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/brand-values", HandleAsync).WithName("ListBrandValues");

    // Problem.Invalid: an unreadable ?includeRetired= is a 400 for that parameter.
    private static async Task<ApiResult<Ok<IReadOnlyList<BrandValueDto>>, Problem.Invalid>> HandleAsync(bool? includeRetired, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok((await sender.Send(new ListBrandValues(includeRetired ?? false), cancellationToken)).Value!);
}
