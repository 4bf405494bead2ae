using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.GetPublishingRules;

internal static class GetPublishingRulesEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapGet("/{communityId:guid}/publishing-rules", HandleAsync).WithName("GetCommunityPublishingRules");

    private static async Task<ApiResult<Ok<PublishingRules>, Problem.Forbidden, Problem.NotFound>> HandleAsync(Guid communityId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetPublishingRules(communityId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
