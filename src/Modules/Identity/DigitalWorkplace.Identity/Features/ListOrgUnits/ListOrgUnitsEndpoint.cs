namespace DigitalWorkplace.Identity.Features.ListOrgUnits;

internal static class ListOrgUnitsEndpoint
{
    public static void Map(IEndpointRouteBuilder units) =>
        units.MapGet("/", HandleAsync).WithName("ListOrgUnits");

    // Problem.Invalid: a query value that is not a boolean is refused before the handler runs.
    private static async Task<ApiResult<Ok<IReadOnlyList<OrgUnitView>>, Problem.Invalid>> HandleAsync(bool? includeClosed, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListOrgUnits(includeClosed ?? false), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
