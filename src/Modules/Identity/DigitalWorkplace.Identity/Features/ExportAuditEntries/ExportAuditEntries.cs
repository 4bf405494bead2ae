using System.Globalization;
using System.Text.Json;
using DigitalWorkplace.BuildingBlocks.Auditing;
using DigitalWorkplace.Identity.Auditing;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Features.GetImportReport;

namespace DigitalWorkplace.Identity.Features.ExportAuditEntries;

/// <summary>
/// The matching entries as CSV for a spreadsheet or an auditor, newest first, capped at <see cref="MaxRows"/> (narrow the
/// dates for more). Reading the log in bulk is itself a privileged read: the export is audited.
/// </summary>
internal sealed record ExportAuditEntries(AuditFilter Filter) : IQuery<Result<string>>, IValidatable
{
    public const int MaxRows = 100_000;

    public void Validate(Validator validator) => AuditQueries.Validate(validator, Filter);
}

internal sealed class ExportAuditEntriesAuthorizer(IdentityPolicy policy) : IAuthorizer<ExportAuditEntries>
{
    public ValueTask<Error?> AuthorizeAsync(ExportAuditEntries message, ICurrentUser user, CancellationToken cancellationToken) =>
        AuditQueries.AuthorizeAsync(policy, user, cancellationToken);
}

internal sealed class ExportAuditEntriesHandler(IdentityModuleDbContext db, IdentityPolicy policy, ICurrentUser user, AuditTrail audit)
    : IQueryHandler<ExportAuditEntries, Result<string>>
{
    public async ValueTask<Result<string>> Handle(ExportAuditEntries query, CancellationToken cancellationToken)
    {
        var entries = await AuditQueries.VisibleAsync(db, policy, user, query.Filter, cancellationToken);
        var rows = await AuditQueries.ToDtosAsync(
            db, await entries.OrderByDescending(e => e.Id).Take(ExportAuditEntries.MaxRows).ToListAsync(cancellationToken), cancellationToken);

        audit.Record(db, "audit.exported", AuditSubjects.AuditLog, after: Describe(query.Filter, rows.Count));
        await db.SaveChangesAsync(cancellationToken);
        return Write(rows);
    }

    private static Dictionary<string, string?> Describe(AuditFilter filter, int rows) => new()
    {
        ["rows"] = rows.ToString(CultureInfo.InvariantCulture),
        ["filter"] = JsonSerializer.Serialize(filter),
    };

    private static string Write(IReadOnlyList<AuditEntryDto> rows) => CsvDownload.Write(
        ["at", "action", "actorId", "actor", "address", "client", "subjectType", "subjectId", "subject", "before", "after", "via"],
        rows.Select(row => (IReadOnlyList<string>)[
            row.At.ToString("O", CultureInfo.InvariantCulture), row.Action, row.ActorId?.ToString() ?? "", row.ActorName ?? "", row.Address ?? "", row.Client ?? "",
            row.SubjectType, row.SubjectId ?? "", row.SubjectName ?? "",
            row.Before is null ? "" : JsonSerializer.Serialize(row.Before), row.After is null ? "" : JsonSerializer.Serialize(row.After), row.Via ?? "",
        ]));
}
