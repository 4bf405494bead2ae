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
        // With a byte order mark: Excel then reads the accents of a UTF-8 file right.
        return result.IsSuccess
            ? TypedResults.File([.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(result.Value!)], "text/csv; charset=utf-8", $"import-{id:N}.csv")
            : result.Error!.ToProblem();
    }
}
