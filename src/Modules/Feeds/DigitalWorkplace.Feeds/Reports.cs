using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds;

internal static class Reports
{
    /// <summary>A reason by its name, in any case; never a number.</summary>
    public static bool TryParseReason(string? value, out ReportReason reason) => BuildingBlocks.Text.EnumNames.TryParse(value, out reason);

    public static ReportDto ToDto(Report report) =>
        new(report.Id, report.PostId, report.CommentId, report.Reason.ToString(), report.Details, report.ReportedAt, report.Outcome?.ToString());
}
