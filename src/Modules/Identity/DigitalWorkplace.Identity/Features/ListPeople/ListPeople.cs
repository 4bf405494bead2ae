using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.ListPeople;

/// <summary>
/// The people directory — active accounts — oldest first, one page at a time, filtered as the directory page asks; a
/// guest's directory holds only the people of their communities.
/// </summary>
internal sealed record ListPeople(string? After, int? PageSize, PeopleFilter? Filter = null) : IQuery<Result<Page<PersonSummary>>>, IValidatable, IAnyActivePersonRequest
{
    public void Validate(Validator validator) =>
        validator
            .That(Cursor.TryDecode(After, out _), "after", FieldError.InvalidCursor())
            .MaxLength("position", Filter?.Position, Person.PositionMaxLength)
            .MaxLength("search", Filter?.Search, 100)
            .That(Filter?.EmploymentType is null || Enum.IsDefined(Filter.EmploymentType.Value), "employmentType", FieldError.OneOf(Enum.GetNames<EmploymentType>()));
}

internal sealed class ListPeopleHandler(IdentityModuleDbContext db, Authorization.OrgTreeCache trees, Authorization.DirectoryVisibility visibility)
    : IQueryHandler<ListPeople, Result<Page<PersonSummary>>>
{
    public async ValueTask<Result<Page<PersonSummary>>> Handle(ListPeople query, CancellationToken cancellationToken)
    {
        Cursor.TryDecode(query.After, out var after);
        var pageSize = Cursor.Clamp(query.PageSize);
        var people = db.Users.AsNoTracking().Where(p => p.Status == AccountStatus.Active);
        if (await visibility.VisiblePeopleAsync(cancellationToken) is { } visible)
        {
            var ids = visible.ToList();
            people = people.Where(p => ids.Contains(p.Id));
        }
        if (query.Filter is { } filter)
        {
            people = await FilterAsync(people, filter, cancellationToken);
        }

        if (after is { } afterId)
        {
            people = people.Where(p => p.Id.CompareTo(afterId) > 0);
        }

        var items = await people.ToSummaries(db).Take(pageSize + 1).ToListAsync(cancellationToken);
        var next = items.Count > pageSize ? Cursor.Encode(items[pageSize - 1].Id) : null;
        return new Page<PersonSummary>(items.Take(pageSize).ToList(), next);
    }

    private async Task<IQueryable<Person>> FilterAsync(IQueryable<Person> people, PeopleFilter filter, CancellationToken cancellationToken)
    {
        if (filter.OrgUnitId is { } unitId)
        {
            var subtree = (await trees.GetAsync(cancellationToken)).Subtree(unitId).ToList();
            people = people.Where(p => p.OrgUnitId != null && subtree.Contains(p.OrgUnitId.Value));
        }

        if (filter.EmploymentType is { } type)
        {
            people = people.Where(p => p.EmploymentType == type);
        }

        if (filter.SeasonId is { } seasonId)
        {
            people = people.Where(p => db.SeasonMembers.Any(m => m.SeasonId == seasonId && m.PersonId == p.Id));
        }

        // Translated to SQL UPPER(): Unicode-aware on both databases (SQLite's is replaced, see SqliteUnicodeCase).
#pragma warning disable CA1304, CA1311, CA1862
        if (!string.IsNullOrWhiteSpace(filter.Position))
        {
            var position = filter.Position.Trim().ToUpperInvariant();
            people = people.Where(p => p.Position != null && p.Position.ToUpper().Contains(position));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var name = filter.Search.Trim().ToUpperInvariant();
            people = people.Where(p => p.DisplayName.ToUpper().Contains(name));
        }
#pragma warning restore CA1304, CA1311, CA1862

        return people;
    }
}
