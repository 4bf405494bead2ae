using System.Text.Json.Serialization;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.BuildingBlocks.Security;

namespace DigitalWorkplace.Identity.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<EmploymentType>))]
public enum EmploymentType
{
    Permanent,
    Seasonal,
    Franchise,
    External,
}

/// <summary>Where an account stands. Only <see cref="Active"/> may sign in; the others keep the person's history.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AccountStatus>))]
public enum AccountStatus
{
    /// <summary>Created (by an administrator or an import) with an invitation not yet used.</summary>
    Invited,

    /// <summary>Signed up with a location code that needs the location manager's approval.</summary>
    PendingApproval,
    Active,

    /// <summary>Paused by an administrator: signed out everywhere, may be reactivated.</summary>
    Suspended,

    /// <summary>The contract ended (by hand, or its end date or season passed): signed out everywhere, history kept.</summary>
    Ended,
}

/// <summary>
/// What a person may administer, granted over an org unit's subtree (or the whole network when the grant names no
/// unit). Everyone without a grant is a member; an external (guest) account is a member with a sponsor and an expiry.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlatformRole>))]
public enum PlatformRole
{
    /// <summary>Everything, everywhere (the <c>administrator</c> role claim).</summary>
    PlatformAdmin,

    /// <summary>People, org units and roles below their own, in their subtree.</summary>
    HrAdmin,

    /// <summary>Official communities and announcements (no people administration).</summary>
    Communications,

    /// <summary>A franchisee's people and locations, and its location managers.</summary>
    FranchiseeAdmin,

    /// <summary>The people of one location: invite, edit, approve, end.</summary>
    LocationManager,

    /// <summary>Answers the Help requests people send from the portal (no people administration).</summary>
    Support,
}

/// <summary>What other modules may know of a person.</summary>
/// <param name="PhotoVersion">The profile photo's version, null without one; see <see cref="PhotoUrl"/>.</param>
public sealed record PersonSummary(
    Guid Id, string DisplayName, string? Email, EmploymentType EmploymentType, string? OrgUnitName, DateOnly? StartDate,
    string? Position = null, Guid? OrgUnitId = null, long? PhotoVersion = null)
{
    /// <summary>Where the profile photo is served (it changes with each new photo, so it may be cached for good).</summary>
    public string? PhotoUrl => PhotoVersion is { } version ? PhotoPath(Id, version) : null;

    public static string PhotoPath(Guid personId, long version) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/api/v1/people/{personId}/photo?v={version}");
}

/// <summary>A directory profile: the summary, and for a guest who sponsors them and until when.</summary>
public sealed record PersonProfile(PersonSummary Person, GuestDetails? Guest);

public sealed record GuestDetails(Guid SponsorId, string SponsorName, DateOnly? Until);

/// <summary>What the directory can be narrowed to; each criterion left null does not narrow.</summary>
public sealed record PeopleFilter(Guid? OrgUnitId = null, string? Position = null, EmploymentType? EmploymentType = null, Guid? SeasonId = null, string? Search = null);

/// <summary>Synchronous look-ups into the people directory, for other modules and the UI.</summary>
public interface IPeopleDirectory
{
    Task<IReadOnlyDictionary<Guid, PersonSummary>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<Page<PersonSummary>> ListAsync(string? after, int? pageSize, CancellationToken cancellationToken);

    /// <summary>The directory filtered (a location and everything under it, a position, a type, a season, part of a name).</summary>
    Task<Result<Page<PersonSummary>>> SearchAsync(PeopleFilter filter, string? after, int? pageSize, CancellationToken cancellationToken);

    /// <summary>Sets the person's profile photo from an uploaded picture (their own, or someone they administer).</summary>
    Task<Result<string?>> SetPhotoAsync(Guid personId, byte[]? upload, CancellationToken cancellationToken);

    /// <summary>A person's profile, as the current person may see it (not found for someone outside a guest's communities).</summary>
    Task<Result<PersonProfile>> ProfileAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>True while the person may use the platform: the account exists and has not ended.</summary>
    Task<bool> IsActiveAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>What an app signed in through the platform may be told about an active person (null when not active).</summary>
    Task<PersonForApps?> ForAppsAsync(Guid personId, CancellationToken cancellationToken);
}

/// <summary>An active person as apps see them: the summary, their preferred language ("fr"), and their platform role names.</summary>
public sealed record PersonForApps(PersonSummary Person, string? Locale, IReadOnlyList<string> Roles);

/// <summary>Sign-in and account administration, used by the UI's forms and the admin CLI.</summary>
public interface IAccountService
{
    /// <summary>Signs the person in with a cookie on the current HTTP response; they name themselves by user name (a handle) or e-mail.</summary>
    Task<Result<PersonSummary>> SignInAsync(string userName, string password, bool remember, CancellationToken cancellationToken);

    Task SignOutAsync();

    /// <summary>Changes one's own password (the current one asked again); every browser session is signed out, this one too.</summary>
    Task<Result<Done>> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken cancellationToken);

    /// <summary>Changes one's handle or e-mail (null: unchanged; an empty e-mail removes it), asking for the current password; signs out every session.</summary>
    Task<Result<Done>> ChangeSignInNameAsync(string currentPassword, string? userName, string? email, CancellationToken cancellationToken);

    /// <summary>Creates a local account; an administrator only (or the CLI, which acts as the system).</summary>
    Task<Result<PersonSummary>> CreateAccountAsync(NewAccount account, CancellationToken cancellationToken);

    /// <summary>Creates a personal access token for scripts and mobile clients; the secret is shown once.</summary>
    Task<Result<CreatedToken>> CreateTokenAsync(string userName, string name, CancellationToken cancellationToken);
}

/// <param name="EndDate">The account's last valid day (seasonal staff); null for no end.</param>
public sealed record NewAccount(string Email, string DisplayName, string Password, EmploymentType EmploymentType, bool IsAdministrator = false, string? OrgUnitName = null, DateOnly? StartDate = null, DateOnly? EndDate = null);

public sealed record CreatedToken(Guid Id, string Name, string Token, DateTimeOffset? ExpiresAt);

/// <summary>Raised when a person joins the platform (demo seed, admin, import): onboarding assignment and search hang off it.</summary>
[IntegrationEventName("identity.person-registered")]
public sealed record PersonRegisteredIntegrationEvent(Guid PersonId, string DisplayName, EmploymentType EmploymentType, string? OrgUnitName, DateOnly? StartDate) : IntegrationEvent;

/// <summary>Raised when a person's profile or contract changes (name, position, unit, type, dates): read models refresh from it.</summary>
[IntegrationEventName("identity.person-updated")]
public sealed record PersonUpdatedIntegrationEvent(
    Guid PersonId, string DisplayName, EmploymentType EmploymentType, Guid? OrgUnitId, string? OrgUnitName, string? Position,
    DateOnly? StartDate, DateOnly? EndDate) : IntegrationEvent;

/// <summary>
/// Raised when an account stops being usable (suspended or ended): its sessions and personal tokens are already revoked
/// when this is published; modules holding credentials of their own (the OpenID Connect provider's refresh tokens) revoke them.
/// </summary>
[IntegrationEventName("identity.person-access-ended")]
public sealed record PersonAccessEndedIntegrationEvent(Guid PersonId, AccountStatus Status) : IntegrationEvent;

/// <summary>Raised when a suspended or ended account is active again (a returning seasonal worker).</summary>
[IntegrationEventName("identity.person-reactivated")]
public sealed record PersonReactivatedIntegrationEvent(Guid PersonId) : IntegrationEvent;

/// <summary>
/// Whether a signed-in principal's credential (its personal access token or its browser session) still holds: not
/// revoked, not signed out, not expired, and the account not ended. Long-lived connections (the live hub) ask it
/// again and again, so it answers from a cache that revocation invalidates at once.
/// </summary>
public interface ISignedInCheck
{
    Task<bool> IsStillSignedInAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <summary>The role claims a signed-in principal carries, refreshed on every request from the person's grants.</summary>
public static class PlatformRoleClaims
{
    public const string HrAdmin = "hr-admin";
    public const string Communications = "communications";
    public const string FranchiseeAdmin = "franchisee-admin";
    public const string LocationManager = "location-manager";
    public const string Support = "support";

    /// <summary>Everyone who administers people somewhere (the admin pages' policy).</summary>
    public const string PeopleAdministrators = "administrator,hr-admin,franchisee-admin,location-manager";

    public static string Of(PlatformRole role) => role switch
    {
        PlatformRole.PlatformAdmin => BuildingBlocks.Security.PlatformClaims.AdministratorRole,
        PlatformRole.HrAdmin => HrAdmin,
        PlatformRole.Communications => Communications,
        PlatformRole.FranchiseeAdmin => FranchiseeAdmin,
        PlatformRole.LocationManager => LocationManager,
        PlatformRole.Support => Support,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}

/// <summary>
/// Raised when people enter or leave an audience: onboarding assigns, communities add members. One event per audience
/// and unit of work, however many people changed in it — a day-one import of 500 hires is one event, not 500.
/// </summary>
[IntegrationEventName("identity.audience-members-changed")]
public sealed record AudienceMembershipChangedIntegrationEvent(Guid AudienceId, IReadOnlyList<AudienceMemberChange> Changes) : IntegrationEvent;

/// <param name="IsMember">True: they entered the audience; false: they left it.</param>
/// <param name="StartDate">The person's start date then, so that due dates need no look-up.</param>
public sealed record AudienceMemberChange(Guid PersonId, bool IsMember, DateOnly? StartDate = null);

/// <summary>Saved audiences ("seasonal staff at the airport cafés"), for other modules to target.</summary>
public interface IAudiences
{
    /// <summary>Whether the person is in the audience now (false for an unknown audience).</summary>
    Task<bool> IsMemberAsync(Guid audienceId, Guid personId, CancellationToken cancellationToken);

    /// <summary>The audiences, of those asked, that the person is in.</summary>
    Task<IReadOnlySet<Guid>> MembershipsAsync(Guid personId, IReadOnlyCollection<Guid> audienceIds, CancellationToken cancellationToken);

    /// <summary>The audience's members, oldest membership id first, a page at a time.</summary>
    Task<Page<Guid>> MembersAsync(Guid audienceId, string? after, int? pageSize, CancellationToken cancellationToken);

    /// <summary>Which of these ids name existing audiences.</summary>
    Task<IReadOnlySet<Guid>> ExistingAsync(IReadOnlyCollection<Guid> audienceIds, CancellationToken cancellationToken);

    /// <summary>Every saved audience's id and name, by name (for pickers; the names are not secret).</summary>
    Task<IReadOnlyList<(Guid Id, string Name)>> NamesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The audiences this person may address (an announcement), by name: those over units they hold a role on, the whole
    /// network's only for network-wide roles; none for someone without a role, nor for support.
    /// </summary>
    Task<IReadOnlyList<(Guid Id, string Name)>> TargetableAsync(ICurrentUser user, CancellationToken cancellationToken);
}

/// <summary>Which other ways of signing in the sign-in page offers.</summary>
public interface IExternalSignIn
{
    /// <summary>"Sign in with Microsoft" (Entra ID), when the <c>AzureAd</c> section is configured.</summary>
    bool MicrosoftAvailable { get; }
}

/// <summary>
/// A person was erased: their personal data is gone from Identity; each module removes what it keeps about them
/// (memberships, progress, launches, notifications, index entries) and, when <see cref="ContentRemoved"/>, what they wrote.
/// Otherwise their content stays, shown under "former member". Handlers must be idempotent.
/// </summary>
[IntegrationEventName("identity.person-erased")]
public sealed record PersonErasedIntegrationEvent(Guid PersonId, bool ContentRemoved) : IntegrationEvent;

/// <summary>A person's own data and its erasure, for the pages: the same requests as the API.</summary>
public interface IPrivacy
{
    /// <summary>The ZIP of JSON files of a person's data: one's own (null), or, for their administrator, someone's.</summary>
    Task<Result<byte[]>> ExportAsync(Guid? personId, CancellationToken cancellationToken);

    /// <summary>Erases a person: their personal data goes; what they wrote stays under "former member" or goes too.</summary>
    Task<Result<Done>> EraseAsync(Guid personId, bool removeContent, CancellationToken cancellationToken);
}
