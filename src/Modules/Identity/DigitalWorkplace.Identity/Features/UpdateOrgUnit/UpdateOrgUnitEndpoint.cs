namespace DigitalWorkplace.Identity.Features.UpdateOrgUnit;

internal sealed record UpdateOrgUnitBody(string? Name, Guid? ParentId);

internal static class UpdateOrgUnitEndpoint
{
    public static void Map(IEndpointRouteBuilder units) =>
        units.MapPatch("/{id:guid}", HandleAsync).WithName("UpdateOrgUnit");

    private static async Task<ApiResult<Ok<OrgUnitView>, Problem.Invalid, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid id, UpdateOrgUnitBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new UpdateOrgUnit(id, body.Name, body.ParentId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
