using DigitalWorkplace.Identity.Contracts;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Accounts;

/// <summary>
/// A person with a local account; the user name is the email address. Not in <c>Domain</c>: it is an ASP.NET Core
/// Identity user, so it depends on Identity's store types.
/// </summary>
internal sealed class Person : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;
    public const int EmailMaxLength = 256;

    public Person()
    {
        Id = Guid.CreateVersion7();
    }

    public required string DisplayName { get; set; }

    public EmploymentType EmploymentType { get; set; }

    public Guid? OrgUnitId { get; set; }

    public DateOnly? StartDate { get; set; }

    /// <summary>The last day the account may be used: seasonal staff leave at the end of the season.</summary>
    public DateOnly? EndDate { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool IsExpiredOn(DateOnly today) => EndDate is { } end && end < today;
}
