using System.Globalization;
using System.Text.Json;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Features.GetImport;
using DigitalWorkplace.Identity.Imports;

namespace DigitalWorkplace.Identity.Features.GetImportReport;

/// <summary>An import's result, row by row, as a CSV to open in a spreadsheet (every cell made formula-safe).</summary>
internal sealed record GetImportReport(Guid ImportId) : IQuery<Result<string>>;

internal sealed class GetImportReportAuthorizer(IdentityPolicy policy, IdentityModuleDbContext db) : IAuthorizer<GetImportReport>
{
    public async ValueTask<Error?> AuthorizeAsync(GetImportReport message, ICurrentUser user, CancellationToken cancellationToken) =>
        await ImportAccess.AuthorizeAsync(policy, db, user, message.ImportId, cancellationToken);
}

/// <summary>The report lists people's names and e-mails: downloading it is a privileged read, audited.</summary>
internal sealed class GetImportReportHandler(IdentityModuleDbContext db, AuditTrail audit) : IQueryHandler<GetImportReport, Result<string>>
{
    public async ValueTask<Result<string>> Handle(GetImportReport query, CancellationToken cancellationToken)
    {
        var report = await db.Imports.AsNoTracking().Where(i => i.Id == query.ImportId).Select(i => i.Report).FirstOrDefaultAsync(cancellationToken);
        var rows = report is null ? [] : JsonSerializer.Deserialize<List<ImportRowReport>>(report, AudienceJson.Options) ?? [];
        audit.Record(db, "import.report-downloaded", new AuditSubject("import", query.ImportId.ToString(), null));
        await db.SaveChangesAsync(cancellationToken);
        return ImportReportCsv.Write(rows);
    }
}

/// <summary>The report as CSV, every cell formula-safe (<see cref="CsvDownload.Write"/>).</summary>
internal static class ImportReportCsv
{
    public static string Write(IReadOnlyList<ImportRowReport> rows) => CsvDownload.Write(
        ["line", "action", "employeeId", "email", "displayName", "location", "errors"],
        rows.Select(row => (IReadOnlyList<string>)[
            row.Line.ToString(CultureInfo.InvariantCulture), row.Action.ToString(), row.EmployeeId ?? "", row.Email ?? "", row.DisplayName ?? "", row.Location ?? "",
            string.Join("; ", row.Errors.Select(e => $"{e.Field}: {e.Message}")),
        ]));
}
