using System.Text.Json.Serialization;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Identity.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<EmploymentType>))]
public enum EmploymentType
{
    Permanent,
    Seasonal,
    Franchise,
    External,
}

/// <summary>What other modules may know of a person.</summary>
public sealed record PersonSummary(Guid Id, string DisplayName, string? Email, EmploymentType EmploymentType, string? OrgUnitName, DateOnly? StartDate);

/// <summary>Synchronous look-ups into the people directory, for other modules and the UI.</summary>
public interface IPeopleDirectory
{
    Task<IReadOnlyDictionary<Guid, PersonSummary>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<Page<PersonSummary>> ListAsync(string? after, int? pageSize, CancellationToken cancellationToken);

    /// <summary>True while the person may use the platform: the account exists and has not ended.</summary>
    Task<bool> IsActiveAsync(Guid personId, CancellationToken cancellationToken);
}

/// <summary>Sign-in and account administration, used by the UI's forms and the admin CLI.</summary>
public interface IAccountService
{
    /// <summary>Signs the person in with a cookie on the current HTTP response.</summary>
    Task<Result<PersonSummary>> SignInAsync(string email, string password, bool remember, CancellationToken cancellationToken);

    Task SignOutAsync();

    /// <summary>Creates a local account; an administrator only (or the CLI, which acts as the system).</summary>
    Task<Result<PersonSummary>> CreateAccountAsync(NewAccount account, CancellationToken cancellationToken);

    /// <summary>Creates a personal access token for scripts and mobile clients; the secret is shown once.</summary>
    Task<Result<CreatedToken>> CreateTokenAsync(string email, string name, CancellationToken cancellationToken);
}

/// <param name="EndDate">The account's last valid day (seasonal staff); null for no end.</param>
public sealed record NewAccount(string Email, string DisplayName, string Password, EmploymentType EmploymentType, bool IsAdministrator = false, string? OrgUnitName = null, DateOnly? StartDate = null, DateOnly? EndDate = null);

public sealed record CreatedToken(Guid Id, string Name, string Token, DateTimeOffset? ExpiresAt);

/// <summary>Raised when a person joins the platform (demo seed, admin, import): onboarding assignment and search hang off it.</summary>
[IntegrationEventName("identity.person-registered")]
public sealed record PersonRegisteredIntegrationEvent(Guid PersonId, string DisplayName, EmploymentType EmploymentType, string? OrgUnitName, DateOnly? StartDate) : IntegrationEvent;

[JsonConverter(typeof(JsonStringEnumConverter<OrgUnitKind>))]
public enum OrgUnitKind
{
    Organization,
    Franchisee,
    Location,
}

/// <summary>The org structure: organization → franchisee → location.</summary>
public interface IOrganizationService
{
    /// <summary>Creates the unit when no unit of that name exists; returns its id either way.</summary>
    Task<Guid> EnsureOrgUnitAsync(string name, OrgUnitKind kind, string? parentName, CancellationToken cancellationToken);
}

/// <summary>
/// Whether a signed-in principal's credential (its personal access token or its browser session) still holds: not
/// revoked, not signed out, not expired, and the account not ended. Long-lived connections (the live hub) ask it
/// again and again, so it answers from a cache that revocation invalidates at once.
/// </summary>
public interface ISignedInCheck
{
    Task<bool> IsStillSignedInAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken);
}
