using System.Text.Json;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Auditing;

/// <summary>The one filter of the audit log, shared by the list and the export: what the reader administers, then the criteria.</summary>
internal static class AuditQueries
{
    public const int SearchMaxLength = 100;

    /// <summary>Who may read the log at all: anyone who administers people, each within their scope.</summary>
    public static async ValueTask<Error?> AuthorizeAsync(IdentityPolicy policy, ICurrentUser user, CancellationToken cancellationToken) =>
        (await policy.ScopeOfAsync(user, cancellationToken)).ManagesAnyone ? null : Error.Forbidden("audit.forbidden", "Only administrators read the audit log.");

    public static void Validate(Validator validator, AuditFilter filter) =>
        validator
            .MaxLength("action", filter.Action, AuditEntry.ActionMaxLength)
            .MaxLength("subjectId", filter.SubjectId, 64)
            .MaxLength("search", filter.Search, SearchMaxLength)
            .That(filter.From is null || filter.To is null || filter.From <= filter.To, "to", FieldError.Rule("before_from", "must not be before the first day."));

    /// <summary>
    /// The entries the reader may see: a network-wide administrator all of them; the others those about the units they
    /// administer, and their own actions.
    /// </summary>
    public static async Task<IQueryable<AuditEntry>> VisibleAsync(IdentityModuleDbContext db, IdentityPolicy policy, ICurrentUser user, AuditFilter filter, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var entries = db.AuditLog.AsNoTracking();
        if (scope.ManagedUnits() is { } managed)
        {
            var units = managed.ToList();
            Guid? me = user.IsAuthenticated ? user.PersonId : null;
            entries = entries.Where(e => (e.OrgUnitId != null && units.Contains(e.OrgUnitId.Value)) || e.ActorId == me);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            var action = filter.Action.Trim();
            entries = action.EndsWith('.') ? entries.Where(e => e.Action.StartsWith(action)) : entries.Where(e => e.Action == action);
        }

        if (filter.ActorId is { } actor)
        {
            entries = entries.Where(e => e.ActorId == actor);
        }

        if (!string.IsNullOrWhiteSpace(filter.SubjectId))
        {
            var subject = filter.SubjectId.Trim();
            entries = entries.Where(e => e.SubjectId == subject);
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var upper = filter.Search.Trim().ToUpperInvariant();
            // Translated to SQL UPPER(): Unicode-aware on both databases (SQLite's is replaced, see SqliteUnicodeCase).
#pragma warning disable CA1304, CA1311, CA1862
            entries = entries.Where(e => (e.SubjectName != null && e.SubjectName.ToUpper().Contains(upper))
                || e.Action.ToUpper().Contains(upper)
                || (e.Address != null && e.Address.Contains(upper)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return entries;
    }

    /// <summary>The entries as the reader sees them, with the actors' current names (one query for the page).</summary>
    public static async Task<List<AuditEntryDto>> ToDtosAsync(IdentityModuleDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var actorIds = entries.Where(e => e.ActorId != null).Select(e => e.ActorId!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(p => actorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
        return [.. entries.Select(e => new AuditEntryDto(
            e.Id, e.At, e.Action, e.ActorId, e.ActorId is { } id ? names.GetValueOrDefault(id) : null, e.Address, e.Client,
            e.SubjectType, e.SubjectId, e.SubjectName, Fields(e.Before), Fields(e.After), e.Via))];
    }

    private static Dictionary<string, string?>? Fields(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<Dictionary<string, string?>>(json);
}
