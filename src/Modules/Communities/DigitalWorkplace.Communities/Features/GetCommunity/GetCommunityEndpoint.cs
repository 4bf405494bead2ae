using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.GetCommunity;

internal static class GetCommunityEndpoint
{
    public const string Name = "GetCommunity";

    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapGet("/{communityId:guid}", HandleAsync).WithName(Name);

    private static async Task<ApiResult<Ok<CommunitySummary>, Problem.NotFound>> HandleAsync(Guid communityId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetCommunity(communityId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
