using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.AcceptCharter;

internal sealed record AcceptCharterBody(int? Version);

internal static class AcceptCharterEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPost("/{communityId:guid}/charter/accept", HandleAsync).WithName("AcceptCommunityCharter");

    private static async Task<ApiResult<Ok<CommunitySummary>, Problem.Invalid, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid communityId, AcceptCharterBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new AcceptCharter(communityId, body.Version), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
