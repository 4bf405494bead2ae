using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.ListCommunities;

internal static class ListCommunitiesEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapGet("/", HandleAsync).WithName("ListCommunities");

    /// <summary><c>?q=</c> (name, description, tags), <c>tag=</c>, <c>language=</c>, <c>mine=true</c>, <c>archived=true</c>.</summary>
    private static async Task<ApiResult<Ok<IReadOnlyList<CommunitySummary>>, Problem.Invalid>> HandleAsync(
        string? q, string? tag, string? language, bool? mine, bool? archived, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListCommunities(new CommunityFilter(q, tag, language, mine ?? false, archived ?? false)), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
