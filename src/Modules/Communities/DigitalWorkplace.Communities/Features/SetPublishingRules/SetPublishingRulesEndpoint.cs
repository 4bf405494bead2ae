using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.SetPublishingRules;

internal sealed record SetPublishingRulesBody(bool? RequiresPostApproval, IReadOnlyList<KeywordRuleBody>? KeywordRules);

internal static class SetPublishingRulesEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPut("/{communityId:guid}/publishing-rules", HandleAsync).WithName("SetCommunityPublishingRules");

    private static async Task<ApiResult<Ok<PublishingRules>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid communityId, SetPublishingRulesBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetPublishingRules(communityId, body.RequiresPostApproval, body.KeywordRules), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
