using DigitalWorkplace.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Accounts;

/// <summary>
/// What must be unique across people — e-mail, user name, employee id — checked before writing so that the answer names
/// the field; the unique indexes still decide a race.
/// </summary>
internal static class PeopleUniqueness
{
    public static async Task<Error?> TakenAsync(IdentityModuleDbContext db, UserManager<Person> userManager, Person person, CancellationToken cancellationToken)
    {
        var email = person.Email is null ? null : userManager.NormalizeEmail(person.Email);
        var userName = person.UserName is null ? null : userManager.NormalizeName(person.UserName);
        var others = db.Users.Where(p => p.Id != person.Id);
        var fields = new Dictionary<string, FieldError[]>(StringComparer.Ordinal);
        if (email is not null && await others.AnyAsync(p => p.NormalizedEmail == email || p.NormalizedUserName == email, cancellationToken))
        {
            fields["email"] = [FieldError.Rule("taken", "is already used by another account.")];
        }

        if (userName is not null && userName != email && await others.AnyAsync(p => p.NormalizedUserName == userName || p.NormalizedEmail == userName, cancellationToken))
        {
            fields["userName"] = [FieldError.Rule("taken", "is already used by another account.")];
        }

        if (person.EmployeeId is { } employeeId && await others.AnyAsync(p => p.EmployeeId == employeeId, cancellationToken))
        {
            fields["employeeId"] = [FieldError.Rule("taken", "is already used by another account.")];
        }

        return fields.Count == 0 ? null : new Error(ErrorKind.Conflict, "person.taken", "An account with this e-mail address, user name or employee id already exists.", fields);
    }
}
