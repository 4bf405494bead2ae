using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.DecideJoinRequest;

internal static class DecideJoinRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder communities)
    {
        communities.MapPost("/{communityId:guid}/join-requests/{personId:guid}/approve",
            (Guid communityId, Guid personId, ISender sender, CancellationToken cancellationToken) => HandleAsync(new DecideJoinRequest(communityId, personId, Approve: true), sender, cancellationToken))
            .WithName("ApproveJoinRequest");
        communities.MapPost("/{communityId:guid}/join-requests/{personId:guid}/decline",
            (Guid communityId, Guid personId, ISender sender, CancellationToken cancellationToken) => HandleAsync(new DecideJoinRequest(communityId, personId, Approve: false), sender, cancellationToken))
            .WithName("DeclineJoinRequest");
    }

    private static async Task<ApiResult<Ok<JoinRequestDto>, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        DecideJoinRequest command, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
