using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.SetCharter;

internal sealed record SetCharterBody(string? Text);

internal static class SetCharterEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPut("/{communityId:guid}/charter", HandleAsync).WithName("SetCommunityCharter");

    private static async Task<ApiResult<Ok<CommunitySummary>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid communityId, SetCharterBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetCharter(communityId, body.Text), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
