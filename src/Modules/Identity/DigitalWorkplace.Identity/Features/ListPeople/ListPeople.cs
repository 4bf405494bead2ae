using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.ListPeople;

/// <summary>The people directory — active accounts — oldest first, one page at a time.</summary>
internal sealed record ListPeople(string? After, int? PageSize) : IQuery<Result<Page<PersonSummary>>>, IValidatable, IAnyActivePersonRequest
{
    public void Validate(Validator validator) =>
        validator.That(Cursor.TryDecode(After, out _), "after", FieldError.InvalidCursor());
}

internal sealed class ListPeopleHandler(IdentityModuleDbContext db) : IQueryHandler<ListPeople, Result<Page<PersonSummary>>>
{
    public async ValueTask<Result<Page<PersonSummary>>> Handle(ListPeople query, CancellationToken cancellationToken)
    {
        Cursor.TryDecode(query.After, out var after);
        var pageSize = Cursor.Clamp(query.PageSize);
        var people = db.Users.AsNoTracking().Where(p => p.Status == AccountStatus.Active);
        if (after is { } afterId)
        {
            people = people.Where(p => p.Id.CompareTo(afterId) > 0);
        }

        var items = await people.ToSummaries(db).Take(pageSize + 1).ToListAsync(cancellationToken);
        var next = items.Count > pageSize ? Cursor.Encode(items[pageSize - 1].Id) : null;
        return new Page<PersonSummary>(items.Take(pageSize).ToList(), next);
    }
}
