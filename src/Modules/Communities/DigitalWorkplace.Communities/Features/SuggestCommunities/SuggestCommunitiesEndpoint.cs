using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.SuggestCommunities;

internal static class SuggestCommunitiesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/community-suggestions", HandleAsync).WithName("SuggestCommunities").WithTags("Communities");

    private static async Task<ApiResult<Ok<IReadOnlyList<CommunitySuggestion>>, Problem.Invalid>> HandleAsync(int? take, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SuggestCommunities(take), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
