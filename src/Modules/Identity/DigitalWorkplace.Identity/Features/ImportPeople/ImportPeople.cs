using System.Text.Json;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.Identity.Imports;

namespace DigitalWorkplace.Identity.Features.ImportPeople;

/// <summary>
/// Imports people from a CSV export. A dry run checks every row and says what each would do, writing nothing. The real
/// run refuses a file with any bad row (nothing is written), else is accepted and runs in the background: invited people
/// with their links, season and audience membership, and through those events their onboarding.
/// </summary>
internal sealed record ImportPeople(string Csv, bool DryRun) : ICommand<Result<ImportOutcome>>;

internal sealed record ImportOutcome(Guid? Id, ImportStatus? Status, int Total, int Creates, int Updates, int Unchanged, int Errors, IReadOnlyList<ImportRowReport> Rows)
{
    public static ImportOutcome Of(Guid? id, ImportStatus? status, IReadOnlyList<ImportRowReport> rows) =>
        new(id, status, rows.Count, rows.Count(r => r.Action == ImportAction.Create), rows.Count(r => r.Action == ImportAction.Update),
            rows.Count(r => r.Action == ImportAction.Unchanged), rows.Count(r => r.Action == ImportAction.Error), rows);
}

internal sealed class ImportPeopleAuthorizer(IdentityPolicy policy) : IAuthorizer<ImportPeople>
{
    public async ValueTask<Error?> AuthorizeAsync(ImportPeople message, ICurrentUser user, CancellationToken cancellationToken) =>
        (await policy.ScopeOfAsync(user, cancellationToken)).ManagesAnyone ? null : Error.Forbidden("import.forbidden", "Only those who administer people import them.");
}

internal sealed class ImportPeopleHandler(AuditTrail audit, 
    IdentityModuleDbContext db, IdentityPolicy policy, ImportPlanner planner, PeopleImportRunner runner, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ImportPeople, Result<ImportOutcome>>
{
    public async ValueTask<Result<ImportOutcome>> Handle(ImportPeople command, CancellationToken cancellationToken)
    {
        var (rows, problem) = PeopleCsv.Parse(command.Csv);
        if (problem is not null)
        {
            return Error.Validation("file", problem);
        }

        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var reports = (await planner.PlanAsync(rows, scope, cancellationToken)).Select(r => r.Report).ToList();
        if (command.DryRun)
        {
            return ImportOutcome.Of(null, null, reports);
        }

        var errors = reports.Count(r => r.Action == ImportAction.Error);
        if (errors > 0)
        {
            return Error.Unprocessable("import.has_errors", $"{errors} rows have errors and nothing was imported: run it with dryRun=true to see each one.");
        }

        var now = clock.GetUtcNow();
        var import = new PeopleImport
        {
            CreatedBy = user.PersonId == Guid.Empty ? null : user.PersonId,
            CreatedByPlatformAdmin = scope.IsPlatformAdmin,
            CreatedAt = now,
            Status = ImportStatus.Running,
            Total = reports.Count,
            Source = command.Csv,
            Report = JsonSerializer.Serialize(reports, AudienceJson.Options),
            HeartbeatAt = now,
        };
        db.Imports.Add(import);
        audit.Record(db, "import.started", Auditing.AuditSubjects.Import(import), after: AuditTrail.Fields(
            ("rows", reports.Count), ("creates", reports.Count(r => r.Action == ImportAction.Create)), ("updates", reports.Count(r => r.Action == ImportAction.Update))));
        await db.SaveChangesAsync(cancellationToken);
        runner.Enqueue(import.Id);
        return ImportOutcome.Of(import.Id, import.Status, reports);
    }
}
