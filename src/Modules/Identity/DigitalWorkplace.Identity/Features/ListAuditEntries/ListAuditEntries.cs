using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Auditing;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.ListAuditEntries;

/// <summary>The audit log, newest first, a page at a time, trimmed to what the reader administers.</summary>
internal sealed record ListAuditEntries(AuditFilter Filter, string? After, int? PageSize) : IQuery<Result<Page<AuditEntryDto>>>, IValidatable
{
    public void Validate(Validator validator)
    {
        validator.That(Cursor.TryDecode(After, out _), "after", FieldError.InvalidCursor());
        AuditQueries.Validate(validator, Filter);
    }
}

internal sealed class ListAuditEntriesAuthorizer(IdentityPolicy policy) : IAuthorizer<ListAuditEntries>
{
    public ValueTask<Error?> AuthorizeAsync(ListAuditEntries message, ICurrentUser user, CancellationToken cancellationToken) =>
        AuditQueries.AuthorizeAsync(policy, user, cancellationToken);
}

internal sealed class ListAuditEntriesHandler(IdentityModuleDbContext db, IdentityPolicy policy, ICurrentUser user)
    : IQueryHandler<ListAuditEntries, Result<Page<AuditEntryDto>>>
{
    public async ValueTask<Result<Page<AuditEntryDto>>> Handle(ListAuditEntries query, CancellationToken cancellationToken)
    {
        var entries = await AuditQueries.VisibleAsync(db, policy, user, query.Filter, cancellationToken);
        Cursor.TryDecode(query.After, out var after);
        if (after is { } afterId)
        {
            entries = entries.Where(e => e.Id.CompareTo(afterId) < 0);
        }

        var pageSize = Cursor.Clamp(query.PageSize);
        var page = await entries.OrderByDescending(e => e.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var next = page.Count > pageSize ? Cursor.Encode(page[pageSize - 1].Id) : null;
        return new Page<AuditEntryDto>(await AuditQueries.ToDtosAsync(db, page.Take(pageSize).ToList(), cancellationToken), next);
    }
}
