using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.JoinCommunity;

internal static class JoinCommunityEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPost("/{communityId:guid}/join", HandleAsync).WithName("JoinCommunity");

    private static async Task<ApiResult<Ok<CommunitySummary>, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(Guid communityId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new JoinCommunity(communityId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
