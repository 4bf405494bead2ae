using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.ListCommunityAudiences;

internal static class ListCommunityAudiencesEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapGet("/{communityId:guid}/audiences", HandleAsync).WithName("ListCommunityAudiences");

    private static async Task<ApiResult<Ok<IReadOnlyList<CommunityAudienceDto>>, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid communityId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListCommunityAudiences(communityId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
