using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Identity.Contracts;

/// <summary>One audited action as an administrator reads it.</summary>
/// <param name="ActorName">Who acted, by their current name; null for the system.</param>
/// <param name="Via">The client that acted when no person did (a SCIM directory).</param>
/// <param name="Before">The changed fields before the action; null when it changed none.</param>
public sealed record AuditEntryDto(
    Guid Id, DateTimeOffset At, string Action, Guid? ActorId, string? ActorName, string? Address, string? Client,
    string SubjectType, string? SubjectId, string? SubjectName, IReadOnlyDictionary<string, string?>? Before, IReadOnlyDictionary<string, string?>? After, string? Via = null);

/// <summary>What to look for in the audit log; every criterion given must hold.</summary>
/// <param name="Action">An action (<c>person.updated</c>) or the start of one (<c>person.</c>).</param>
/// <param name="Search">Part of the subject's name, the action or the address.</param>
/// <param name="From">The first day, UTC, included.</param>
/// <param name="To">The last day, UTC, included.</param>
public sealed record AuditFilter(string? Action = null, Guid? ActorId = null, string? SubjectId = null, string? Search = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>The audit log for the admin pages, trimmed to what the reader administers (the same requests as <c>/api/v1/audit</c>).</summary>
public interface IAuditLog
{
    /// <summary>Newest first, a page at a time.</summary>
    Task<Result<Page<AuditEntryDto>>> SearchAsync(AuditFilter filter, string? after, CancellationToken cancellationToken);

    /// <summary>Every matching entry as CSV (formula-safe); the export is itself audited.</summary>
    Task<Result<string>> ExportCsvAsync(AuditFilter filter, CancellationToken cancellationToken);
}
