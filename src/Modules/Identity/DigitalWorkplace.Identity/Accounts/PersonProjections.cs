using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Accounts;

namespace DigitalWorkplace.Identity.Accounts;

internal static class PersonProjections
{
    /// <summary>People as other modules see them, with their unit's name, in one query, oldest account first.</summary>
    public static IQueryable<PersonSummary> ToSummaries(this IQueryable<Person> people, IdentityModuleDbContext db) =>
        from person in people
        join unit in db.OrgUnits on person.OrgUnitId equals unit.Id into units
        from unit in units.DefaultIfEmpty()
        orderby person.Id
        select new PersonSummary(
            person.Id, person.DisplayName, person.Email, person.EmploymentType, unit == null ? null : unit.Name, person.StartDate, person.Position, person.OrgUnitId,
            db.Photos.Where(photo => photo.PersonId == person.Id).Select(photo => (long?)photo.Version).FirstOrDefault());
}
