using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.TransferOwnership;

internal sealed record TransferOwnershipBody(Guid? PersonId);

internal static class TransferOwnershipEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPost("/{communityId:guid}/transfer-ownership", HandleAsync).WithName("TransferCommunityOwnership");

    private static async Task<ApiResult<Ok<CommunityMemberDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid communityId, TransferOwnershipBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new TransferOwnership(communityId, body.PersonId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
