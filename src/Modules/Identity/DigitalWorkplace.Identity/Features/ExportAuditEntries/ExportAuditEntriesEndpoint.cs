using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.ExportAuditEntries;

internal static class ExportAuditEntriesEndpoint
{
    public static void Map(IEndpointRouteBuilder audit) =>
        audit.MapGet("/export", HandleAsync)
            .WithName("ExportAuditEntries")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>A file download, so not a typed JSON result: its responses are declared above.</summary>
    private static async Task<IResult> HandleAsync(
        string? action, Guid? actorId, string? subjectId, string? search, DateOnly? from, DateOnly? to, ISender sender, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ExportAuditEntries(new AuditFilter(action, actorId, subjectId, search, from, to)), cancellationToken);
        return result.IsSuccess
            ? CsvDownload.File(result.Value!, $"audit-{clock.GetUtcNow():yyyyMMdd-HHmm}.csv")
            : result.Error!.ToProblem();
    }
}
