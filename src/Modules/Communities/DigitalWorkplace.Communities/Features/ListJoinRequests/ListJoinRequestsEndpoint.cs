using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.ListJoinRequests;

internal static class ListJoinRequestsEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapGet("/{communityId:guid}/join-requests", HandleAsync).WithName("ListJoinRequests");

    private static async Task<ApiResult<Ok<IReadOnlyList<JoinRequestDto>>, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid communityId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListJoinRequests(communityId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
