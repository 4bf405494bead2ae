using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Accounts;

/// <summary>A role as the admin's view lists it.</summary>
internal sealed record RoleGrantView(Guid Id, PlatformRole Role, Guid? OrgUnitId);

/// <summary>A person's account as those who administer them see it: contract, status, sign-in name, roles.</summary>
internal sealed record PersonAccount(
    Guid Id,
    string DisplayName,
    string? UserName,
    string? Email,
    EmploymentType EmploymentType,
    AccountStatus Status,
    Guid? OrgUnitId,
    string? OrgUnitName,
    string? Position,
    Guid? ManagerId,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Tags,
    string? EmployeeId,
    DateOnly? StartDate,
    DateOnly? EndDate,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StatusChangedAt,
    IReadOnlyList<RoleGrantView> Roles);

internal static class PersonAccounts
{
    /// <summary>The accounts, with their unit and roles, in one query.</summary>
    public static async Task<List<PersonAccount>> ToAccountsAsync(this IQueryable<Person> people, IdentityModuleDbContext db, CancellationToken cancellationToken)
    {
        var rows = await (
            from person in people
            join unit in db.OrgUnits on person.OrgUnitId equals unit.Id into units
            from unit in units.DefaultIfEmpty()
            select new
            {
                Person = person,
                UnitName = unit == null ? null : unit.Name,
                Roles = db.RoleGrants.Where(g => g.PersonId == person.Id).OrderBy(g => g.Id).Select(g => new RoleGrantView(g.Id, g.Role, g.OrgUnitId)).ToList(),
            }).AsNoTracking().ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new PersonAccount(
            r.Person.Id, r.Person.DisplayName, r.Person.UserName, r.Person.Email, r.Person.EmploymentType, r.Person.Status, r.Person.OrgUnitId, r.UnitName,
            r.Person.Position, r.Person.ManagerId, PersonRules.ListOf(r.Person.Languages), PersonRules.ListOf(r.Person.Tags), r.Person.EmployeeId, r.Person.StartDate, r.Person.EndDate,
            r.Person.CreatedAt, r.Person.StatusChangedAt, r.Roles));
    }
}
