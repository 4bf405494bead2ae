using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.SetCommunityAudiences;

internal sealed record SetCommunityAudiencesBody(IReadOnlyList<Guid>? AudienceIds);

internal static class SetCommunityAudiencesEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPut("/{communityId:guid}/audiences", HandleAsync).WithName("SetCommunityAudiences");

    private static async Task<ApiResult<Ok<IReadOnlyList<CommunityAudienceDto>>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid communityId, SetCommunityAudiencesBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetCommunityAudiences(communityId, body.AudienceIds), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
