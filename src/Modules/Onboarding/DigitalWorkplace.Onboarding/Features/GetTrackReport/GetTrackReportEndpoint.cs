using System.Globalization;
using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.GetTrackReport;

internal static class GetTrackReportEndpoint
{
    public static void Map(IEndpointRouteBuilder onboarding)
    {
        onboarding.MapGet("/report", HandleAsync).WithName("GetTrackReport");
        onboarding.MapGet("/report.csv", CsvAsync).WithName("ExportTrackReport")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The figures over everyone, the people a page at a time (<c>page</c>, 1 the first).</summary>
    private static async Task<ApiResult<Ok<TrackReportDto>, Problem.Invalid, Problem.NotFound>> HandleAsync(
        Guid? trackId, Guid? seasonId, int? page, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetTrackReport(trackId, seasonId, page ?? 1), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }

    /// <summary>The same report, one line a person, formula-safe; a file download, so not a typed JSON result: its responses are declared above.</summary>
    private static async Task<IResult> CsvAsync(Guid? trackId, Guid? seasonId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetTrackReport(trackId, seasonId), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var report = result.Value!;
        var title = report.Tracks.FirstOrDefault(t => t.TrackId == report.TrackId)?.Title ?? "";
        var csv = CsvDownload.Write(
            ["track", "person", "location", "franchisee", "completedSteps", "totalSteps", "dueOn", "finished", "overdue"],
            report.People.Select(p => (IReadOnlyList<string>)[
                title, p.Name, p.Location ?? "", p.Franchisee ?? "", p.CompletedSteps.ToString(CultureInfo.InvariantCulture), p.TotalSteps.ToString(CultureInfo.InvariantCulture),
                p.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Finished ? "yes" : "no", p.Overdue ? "yes" : "no",
            ]));
        return CsvDownload.File(csv, $"onboarding-{report.TrackId:N}.csv");
    }
}
