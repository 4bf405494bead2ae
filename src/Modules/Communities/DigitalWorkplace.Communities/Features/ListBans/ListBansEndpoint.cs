using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.ListBans;

internal static class ListBansEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapGet("/{communityId:guid}/bans", HandleAsync).WithName("ListCommunityBans");

    private static async Task<ApiResult<Ok<IReadOnlyList<CommunityBanDto>>, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid communityId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListBans(communityId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
