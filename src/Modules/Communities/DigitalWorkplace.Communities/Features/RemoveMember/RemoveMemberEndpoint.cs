namespace DigitalWorkplace.Communities.Features.RemoveMember;

internal static class RemoveMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapDelete("/{communityId:guid}/members/{personId:guid}", HandleAsync).WithName("RemoveCommunityMember");

    private static async Task<ApiResult<NoContent, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid communityId, Guid personId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RemoveMember(communityId, personId), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
