using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.ListMembers;

internal static class ListMembersEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapGet("/{communityId:guid}/members", HandleAsync).WithName("ListCommunityMembers");

    private static async Task<ApiResult<Ok<Page<CommunityMemberDto>>, Problem.Invalid, Problem.NotFound>> HandleAsync(
        Guid communityId, string? after, int? pageSize, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListMembers(communityId, after, pageSize), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
