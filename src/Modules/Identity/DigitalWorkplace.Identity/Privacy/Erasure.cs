using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Features.ErasePerson;

namespace DigitalWorkplace.Identity.Privacy;

/// <summary>What is left of an erased person: an id that their kept content points to, shown as "Former member", and nothing else.</summary>
internal static class Erasure
{
    private const string UserNamePrefix = "~erased-";

    /// <summary>For a LIKE in queries.</summary>
    public const string UserNamePattern = UserNamePrefix + "%";

    public static bool IsErased(Person person) => person.UserName?.StartsWith(UserNamePrefix, StringComparison.Ordinal) == true;

    public static void Anonymize(Person person)
    {
        person.DisplayName = ErasePersonHandler.FormerMember;
        // A "~" name is no handle, no e-mail, and invisible to SCIM: nobody signs in as it, nobody finds it.
        person.UserName = UserNamePrefix + person.Id.ToString("N");
        person.NormalizedUserName = person.UserName.ToUpperInvariant();
        person.Email = null;
        person.NormalizedEmail = null;
        person.EmailConfirmed = false;
        person.PhoneNumber = null;
        person.PasswordHash = null;
        person.SecurityStamp = Guid.NewGuid().ToString("N");
        person.TwoFactorEnabled = false;
        person.GivenName = null;
        person.FamilyName = null;
        person.Department = null;
        person.Position = null;
        person.EmployeeId = null;
        person.ExternalId = null;
        person.ProvisionedBy = null;
        person.ManagerId = null;
        person.OrgUnitId = null;
        person.Languages = null;
        person.Tags = null;
        person.StartDate = null;
        person.EndDate = null;
        person.CharterAcceptedAt = null;
    }
}
