using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.GetPerson;

/// <summary>One person of the directory (what every signed-in person may see).</summary>
internal sealed record GetPerson(Guid PersonId) : IQuery<Result<PersonSummary>>, IAnyActivePersonRequest;

internal sealed class GetPersonHandler(IdentityModuleDbContext db) : IQueryHandler<GetPerson, Result<PersonSummary>>
{
    public async ValueTask<Result<PersonSummary>> Handle(GetPerson query, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking().Where(p => p.Id == query.PersonId).ToSummaries(db).FirstOrDefaultAsync(cancellationToken);
        return person is null ? Error.NotFound("person.not_found") : person;
    }
}
