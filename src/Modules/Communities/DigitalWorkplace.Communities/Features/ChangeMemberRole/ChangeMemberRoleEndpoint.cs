using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.ChangeMemberRole;

internal sealed record ChangeMemberRoleBody(string? Role);

internal static class ChangeMemberRoleEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPut("/{communityId:guid}/members/{personId:guid}/role", HandleAsync).WithName("ChangeCommunityMemberRole");

    private static async Task<ApiResult<Ok<CommunityMemberDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid communityId, Guid personId, ChangeMemberRoleBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ChangeMemberRole(communityId, personId, body.Role), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
