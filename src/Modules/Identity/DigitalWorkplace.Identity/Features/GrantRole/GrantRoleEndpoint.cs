using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.GrantRole;

internal sealed record GrantRoleBody(PlatformRole Role, Guid? OrgUnitId);

internal static class GrantRoleEndpoint
{
    public static void Map(IEndpointRouteBuilder people) =>
        people.MapPost("/{id:guid}/roles", HandleAsync).WithName("GrantRole");

    private static async Task<ApiResult<Ok<RoleGrantView>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid id, GrantRoleBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GrantRole(id, body.Role, body.OrgUnitId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
