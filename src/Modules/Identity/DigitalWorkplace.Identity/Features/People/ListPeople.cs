using DigitalWorkplace.BuildingBlocks.Mediation;
using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DigitalWorkplace.Identity.Features.People;

/// <summary>The people directory, oldest account first, one page at a time.</summary>
internal sealed record ListPeople(string? After, int? PageSize) : IQuery<Result<Page<PersonSummary>>>, IValidatable, IAuthorizedRequest
{
    public void Validate(Validator validator) =>
        validator.That(Cursor.TryDecode(After, out _), "after", "is not a valid cursor.");
}

internal sealed class ListPeopleHandler(IdentityModuleDbContext db) : IQueryHandler<ListPeople, Result<Page<PersonSummary>>>
{
    public async ValueTask<Result<Page<PersonSummary>>> Handle(ListPeople query, CancellationToken cancellationToken)
    {
        Cursor.TryDecode(query.After, out var after);
        var pageSize = Cursor.Clamp(query.PageSize);
        var people = db.Users.AsNoTracking();
        if (after is { } afterId)
        {
            people = people.Where(p => p.Id.CompareTo(afterId) > 0);
        }

        var items = await people.ToSummaries(db).Take(pageSize + 1).ToListAsync(cancellationToken);
        var next = items.Count > pageSize ? Cursor.Encode(items[pageSize - 1].Id) : null;
        return new Page<PersonSummary>(items.Take(pageSize).ToList(), next);
    }
}
