using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.LeaveCommunity;

internal static class LeaveCommunityEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapDelete("/{communityId:guid}/members/me", HandleAsync).WithName("LeaveCommunity");

    private static async Task<ApiResult<NoContent, Problem.NotFound, Problem.Conflict>> HandleAsync(Guid communityId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new LeaveCommunity(communityId), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
