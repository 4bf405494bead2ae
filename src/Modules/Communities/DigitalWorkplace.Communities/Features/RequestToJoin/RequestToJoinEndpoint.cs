using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.RequestToJoin;

internal sealed record RequestToJoinBody(string? Message);

internal static class RequestToJoinEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPost("/{communityId:guid}/join-requests", HandleAsync).WithName("RequestToJoin");

    private static async Task<ApiResult<Accepted<JoinRequestDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid communityId, RequestToJoinBody? body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RequestToJoin(communityId, body?.Message), cancellationToken);
        return result.IsSuccess ? TypedResults.Accepted($"/api/v1/communities/{communityId}/join-requests", result.Value!) : result.Error;
    }
}
