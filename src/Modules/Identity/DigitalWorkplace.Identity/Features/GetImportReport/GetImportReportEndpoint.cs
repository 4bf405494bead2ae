namespace DigitalWorkplace.Identity.Features.GetImportReport;

internal static class GetImportReportEndpoint
{
    public static void Map(IEndpointRouteBuilder imports) =>
        imports.MapGet("/{id:guid}/report", HandleAsync)
            .WithName("GetImportReport")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A file download, so not a typed JSON result: its responses are declared above.</summary>
    private static async Task<IResult> HandleAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetImportReport(id), cancellationToken);
        return result.IsSuccess
            ? CsvDownload.File(result.Value!, $"import-{id:N}.csv")
            : result.Error!.ToProblem();
    }
}
