using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.ListAuditEntries;

internal static class ListAuditEntriesEndpoint
{
    public static void Map(IEndpointRouteBuilder audit) =>
        audit.MapGet("", HandleAsync).WithName("ListAuditEntries");

    private static async Task<ApiResult<Ok<Page<AuditEntryDto>>, Problem.Invalid, Problem.Forbidden>> HandleAsync(
        string? action, Guid? actorId, string? subjectId, string? search, DateOnly? from, DateOnly? to, string? after, int? pageSize,
        ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListAuditEntries(new AuditFilter(action, actorId, subjectId, search, from, to), after, pageSize), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
