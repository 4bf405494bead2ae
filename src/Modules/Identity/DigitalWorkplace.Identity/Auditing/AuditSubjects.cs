using DigitalWorkplace.BuildingBlocks.Auditing;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Auditing;

/// <summary>The subjects of Identity's audited actions, named the same way everywhere.</summary>
internal static class AuditSubjects
{
    public static AuditSubject Person(Person person) => new("person", person.Id.ToString(), person.DisplayName, person.OrgUnitId);

    public static AuditSubject Season(Season season) => new("season", season.Id.ToString(), season.Name);

    public static AuditSubject OrgUnit(OrgUnit unit) => new("org-unit", unit.Id.ToString(), unit.Name, unit.Id);

    public static AuditSubject Audience(Audience audience) => new("audience", audience.Id.ToString(), audience.Name);

    public static AuditSubject Import(PeopleImport import) => new("import", import.Id.ToString(), null);

    public static AuditSubject AuditLog { get; } = new("audit-log", null, null);
}
