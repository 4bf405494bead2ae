namespace DigitalWorkplace.Identity.Features.CreateOrgUnit;

internal static class CreateOrgUnitEndpoint
{
    public static void Map(IEndpointRouteBuilder units) =>
        units.MapPost("/", HandleAsync).WithName("CreateOrgUnit");

    private static async Task<ApiResult<Created<OrgUnitView>, Problem.Invalid, Problem.Forbidden, Problem.Conflict>> HandleAsync(
        CreateOrgUnit body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(body, cancellationToken);
        return result.IsSuccess ? TypedResults.Created($"/api/v1/org-units/{result.Value!.Id}", result.Value) : result.Error;
    }
}
