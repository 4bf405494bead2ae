using DigitalWorkplace.Identity.Contracts;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Accounts;

/// <summary>
/// A person with a local account. They sign in with their user name — their e-mail address, or, for staff without one,
/// the handle chosen at sign-up. Not in <c>Domain</c>: it is an ASP.NET Core Identity user, so it depends on Identity's store types.
/// </summary>
internal sealed class Person : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;
    public const int EmailMaxLength = 256;
    public const int PositionMaxLength = 100;
    public const int EmployeeIdMaxLength = 64;
    public const int LanguagesMaxLength = 64;
    public const int TagsMaxLength = 512;
    public const int DirectoryFieldMaxLength = 200;

    public Person()
    {
        Id = Guid.CreateVersion7();
    }

    public required string DisplayName { get; set; }

    public EmploymentType EmploymentType { get; set; }

    public AccountStatus Status { get; set; } = AccountStatus.Active;

    public Guid? OrgUnitId { get; set; }

    public string? Position { get; set; }

    public Guid? ManagerId { get; set; }

    /// <summary>The languages the person reads, as ISO 639-1 codes separated by commas ("fr,en"), first preferred.</summary>
    public string? Languages { get; set; }

    /// <summary>Free labels that audiences can select on ("opening-team", "barista"), lower case, separated by commas.</summary>
    public string? Tags { get; set; }

    /// <summary>The HR system's id, which imports match people by.</summary>
    public string? EmployeeId { get; set; }

    /// <summary>The provisioning directory's own id for the person (SCIM <c>externalId</c>; Entra: the object id).</summary>
    public string? ExternalId { get; set; }

    /// <summary>The SCIM client that provisions the person; null for people managed here.</summary>
    public Guid? ProvisionedBy { get; set; }

    /// <summary>As the directory gives them (SCIM <c>name</c>, the enterprise <c>department</c>), so that what it reads back is what it wrote.</summary>
    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public string? Department { get; set; }

    public DateOnly? StartDate { get; set; }

    /// <summary>The last day the account may be used: seasonal staff leave at the end of the season.</summary>
    public DateOnly? EndDate { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the person accepted the network's charter (at sign-up).</summary>
    public DateTimeOffset? CharterAcceptedAt { get; set; }

    /// <summary>When the status last changed, for the admin's view and the season dashboard.</summary>
    public DateTimeOffset? StatusChangedAt { get; set; }

    /// <summary>The user name of someone invited who has not chosen a handle yet: "~" is never part of a handle or an e-mail's start.</summary>
    public static string PlaceholderUserName(Guid id) => "~" + id.ToString("N");

    public bool IsUsableOn(DateOnly today) => Status == AccountStatus.Active && (EndDate is not { } end || end >= today);
}
