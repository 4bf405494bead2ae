using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.ListManagedPeople;

/// <summary>
/// The accounts the caller administers — every status, filtered — oldest first, a page at a time. Someone who administers
/// nobody gets an empty list: there is nothing of theirs to show.
/// </summary>
/// <param name="OrgUnitId">That unit and everything under it.</param>
/// <param name="Search">Part of the name, user name, e-mail or employee id.</param>
internal sealed record ListManagedPeople(
    string? After, int? PageSize, Guid? OrgUnitId, AccountStatus? Status, EmploymentType? EmploymentType, string? Search)
    : IQuery<Result<Page<PersonAccount>>>, IValidatable, IAnyActivePersonRequest
{
    public void Validate(Validator validator) =>
        validator
            .That(Cursor.TryDecode(After, out _), "after", FieldError.InvalidCursor())
            .MaxLength("search", Search, 100);
}

internal sealed class ListManagedPeopleHandler(IdentityModuleDbContext db, IdentityPolicy policy, ICurrentUser user)
    : IQueryHandler<ListManagedPeople, Result<Page<PersonAccount>>>
{
    public async ValueTask<Result<Page<PersonAccount>>> Handle(ListManagedPeople query, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        if (!scope.ManagesAnyone)
        {
            return new Page<PersonAccount>([], null);
        }

        var people = db.Users.AsQueryable();
        if (scope.ManagedUnits() is { } managed)
        {
            var units = managed.ToList();
            people = people.Where(p => p.OrgUnitId != null && units.Contains(p.OrgUnitId.Value));
        }

        if (query.OrgUnitId is { } unitId)
        {
            var subtree = scope.Tree.Subtree(unitId).ToList();
            people = people.Where(p => p.OrgUnitId != null && subtree.Contains(p.OrgUnitId.Value));
        }

        if (query.Status is { } status)
        {
            people = people.Where(p => p.Status == status);
        }

        if (query.EmploymentType is { } type)
        {
            people = people.Where(p => p.EmploymentType == type);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var upper = query.Search.Trim().ToUpperInvariant();
            // Translated to SQL UPPER(): Unicode-aware on both databases (SQLite's is replaced, see SqliteUnicodeCase).
#pragma warning disable CA1304, CA1311, CA1862
            people = people.Where(p => p.DisplayName.ToUpper().Contains(upper)
                || (p.NormalizedUserName != null && p.NormalizedUserName.Contains(upper))
                || (p.NormalizedEmail != null && p.NormalizedEmail.Contains(upper))
                || (p.EmployeeId != null && p.EmployeeId.ToUpper().Contains(upper)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        Cursor.TryDecode(query.After, out var after);
        if (after is { } afterId)
        {
            people = people.Where(p => p.Id.CompareTo(afterId) > 0);
        }

        var pageSize = Cursor.Clamp(query.PageSize);
        var items = await people.OrderBy(p => p.Id).Take(pageSize + 1).ToAccountsAsync(db, cancellationToken);
        items.Sort((a, b) => a.Id.CompareTo(b.Id));
        var next = items.Count > pageSize ? Cursor.Encode(items[pageSize - 1].Id) : null;
        return new Page<PersonAccount>(items.Take(pageSize).ToList(), next);
    }
}
