using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.BanMember;

internal sealed record BanMemberBody(Guid? PersonId, string? Reason);

internal static class BanMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPost("/{communityId:guid}/bans", HandleAsync).WithName("BanFromCommunity");

    private static async Task<ApiResult<Ok<CommunityBanDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid communityId, BanMemberBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new BanMember(communityId, body.PersonId, body.Reason), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
