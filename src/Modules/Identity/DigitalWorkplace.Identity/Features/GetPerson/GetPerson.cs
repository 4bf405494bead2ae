using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.GetPerson;

/// <summary>One person of the directory (what every signed-in person may see; a guest, only the people of their communities).</summary>
internal sealed record GetPerson(Guid PersonId) : IQuery<Result<PersonProfile>>;

internal sealed class GetPersonAuthorizer(Authorization.DirectoryVisibility visibility) : IAuthorizer<GetPerson>
{
    public async ValueTask<Error?> AuthorizeAsync(GetPerson message, ICurrentUser user, CancellationToken cancellationToken) =>
        await visibility.MaySeeAsync(message.PersonId, cancellationToken) ? null : Error.NotFound("person.not_found");
}

internal sealed class GetPersonHandler(IdentityModuleDbContext db, Authorization.DirectoryVisibility visibility) : IQueryHandler<GetPerson, Result<PersonProfile>>
{
    public async ValueTask<Result<PersonProfile>> Handle(GetPerson query, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking().Where(p => p.Id == query.PersonId).ToSummaries(db).FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return Error.NotFound("person.not_found");
        }

        var guest = await (
            from access in db.Guests
            where access.PersonId == query.PersonId
            join sponsor in db.Users on access.SponsorId equals sponsor.Id
            join guestPerson in db.Users on access.PersonId equals guestPerson.Id
            select new GuestDetails(sponsor.Id, sponsor.DisplayName, guestPerson.EndDate)).FirstOrDefaultAsync(cancellationToken);
        // A guest learns nothing of another guest's sponsor, who may be outside their own directory.
        return new PersonProfile(person, guest is not null && await visibility.IsGuestAsync(cancellationToken) ? null : guest);
    }
}
