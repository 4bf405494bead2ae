using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.ListAudienceMembers;

internal static class ListAudienceMembersEndpoint
{
    public static void Map(IEndpointRouteBuilder audiences) =>
        audiences.MapGet("/{id:guid}/members", HandleAsync).WithName("ListAudienceMembers");

    private static async Task<ApiResult<Ok<Page<PersonSummary>>, Problem.Invalid, Problem.NotFound>> HandleAsync(
        Guid id, string? after, int? pageSize, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListAudienceMembers(id, after, pageSize), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
