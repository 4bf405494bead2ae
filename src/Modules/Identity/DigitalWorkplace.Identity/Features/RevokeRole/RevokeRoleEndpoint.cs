namespace DigitalWorkplace.Identity.Features.RevokeRole;

internal static class RevokeRoleEndpoint
{
    public static void Map(IEndpointRouteBuilder people) =>
        people.MapDelete("/{id:guid}/roles/{grantId:guid}", HandleAsync).WithName("RevokeRole");

    private static async Task<ApiResult<NoContent, Problem.NotFound, Problem.Conflict>> HandleAsync(Guid id, Guid grantId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RevokeRole(id, grantId), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
