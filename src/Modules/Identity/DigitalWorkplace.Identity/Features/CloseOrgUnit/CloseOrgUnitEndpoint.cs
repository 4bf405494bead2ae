namespace DigitalWorkplace.Identity.Features.CloseOrgUnit;

internal static class CloseOrgUnitEndpoint
{
    public static void Map(IEndpointRouteBuilder units) =>
        units.MapPost("/{id:guid}/close", HandleAsync).WithName("CloseOrgUnit");

    private static async Task<ApiResult<Ok<OrgUnitView>, Problem.NotFound, Problem.Conflict>> HandleAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CloseOrgUnit(id), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
