namespace DigitalWorkplace.Communities.Features.UnbanMember;

internal static class UnbanMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapDelete("/{communityId:guid}/bans/{personId:guid}", HandleAsync).WithName("UnbanFromCommunity");

    private static async Task<ApiResult<NoContent, Problem.Forbidden, Problem.NotFound>> HandleAsync(Guid communityId, Guid personId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new UnbanMember(communityId, personId), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
