using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Identity.Contracts;

/// <summary>An account as its administrators see it in the admin pages.</summary>
public sealed record ManagedPersonDto(
    Guid Id, string DisplayName, string? UserName, string? Email, EmploymentType EmploymentType, AccountStatus Status, Guid? OrgUnitId, string? OrgUnitName,
    DateOnly? StartDate, DateOnly? EndDate, IReadOnlyList<RoleGrantDto> Roles, string? Position = null, string? EmployeeId = null, Guid? ManagerId = null,
    IReadOnlyList<string>? Languages = null);

public sealed record RoleGrantDto(Guid Id, PlatformRole Role, Guid? OrgUnitId, string? OrgUnitName);

/// <param name="SignedUp">Everyone past the invitation: pending approval, active, suspended or ended.</param>
public sealed record SeasonFiguresDto(int Members, int Invited, int SignedUp, int PendingApproval, int Active, int Ended);

public sealed record LocationFiguresDto(Guid? OrgUnitId, string? Name, SeasonFiguresDto Figures);

/// <summary>A season's dashboard, counting only the people the caller administers; <see cref="Members"/> lets other modules' figures (onboarding) be added by location.</summary>
public sealed record SeasonDashboardDto(SeasonDto Season, SeasonFiguresDto Totals, IReadOnlyList<LocationFiguresDto> ByLocation, IReadOnlyList<SeasonMemberDto> Members);

public sealed record SeasonMemberDto(Guid PersonId, Guid? OrgUnitId, AccountStatus Status);

public sealed record ImportProblemDto(string Field, string Message);

/// <param name="Action">What the row does or would do: Create, Update, Unchanged or Error.</param>
public sealed record ImportRowDto(int Line, string? DisplayName, string? EmployeeId, string? Location, string Action, IReadOnlyList<ImportProblemDto> Errors);

/// <param name="Id">The import running in the background (a real run); null for a dry run.</param>
public sealed record ImportResultDto(Guid? Id, int Total, int Creates, int Updates, int Unchanged, int Errors, IReadOnlyList<ImportRowDto> Rows);

/// <param name="Status">Running, Completed or Failed.</param>
public sealed record ImportProgressDto(Guid Id, string Status, int Total, int Processed, int Percent);

/// <summary>An open personal invitation, with the link its QR code opens.</summary>
public sealed record OpenInvitationDto(Guid Id, Guid PersonId, string DisplayName, string? OrgUnitName, string? Path, DateTimeOffset ExpiresAt);

public sealed record LocationCodeDto(Guid Id, string Code, string Path, Guid OrgUnitId, bool RequiresApproval, int Uses, int? MaxUses, DateTimeOffset ExpiresAt);

public sealed record OpenInvitationsDto(IReadOnlyList<OpenInvitationDto> People, IReadOnlyList<LocationCodeDto> LocationCodes);

/// <summary>An account's profile and contract as the admin form edits them: every field is written (empty clears).</summary>
public sealed record AccountChanges(
    string DisplayName, string? Position, Guid? OrgUnitId, EmploymentType EmploymentType, DateOnly? StartDate, DateOnly? EndDate, string? EmployeeId,
    Guid? ManagerId = null, IReadOnlyList<string>? Languages = null);

/// <summary>
/// The admin pages' use cases, each the same request (validation, <c>IdentityPolicy</c>'s scope, outbox) as the API:
/// what a person may not administer is not found.
/// </summary>
public interface IPeopleAdministration
{
    /// <param name="orgUnitId">That unit and everything under it; null: all one administers.</param>
    Task<Result<Page<ManagedPersonDto>>> ManagedAsync(AccountStatus? status, string? search, string? after, CancellationToken cancellationToken, Guid? orgUnitId = null);

    Task<Result<ManagedPersonDto>> AccountAsync(Guid personId, CancellationToken cancellationToken);

    Task<Result<ManagedPersonDto>> UpdateAccountAsync(Guid personId, AccountChanges changes, CancellationToken cancellationToken);

    /// <summary>Suspends (may come back) or ends (contract over) the account: signed out everywhere.</summary>
    Task<Result<Done>> EndAccessAsync(Guid personId, AccountStatus status, CancellationToken cancellationToken);

    /// <summary>Brings the account back, with a new last day when given (a guest's is required: their stay is always bounded).</summary>
    Task<Result<Done>> ReactivateAsync(Guid personId, DateOnly? endDate, CancellationToken cancellationToken);

    Task<Result<Done>> ApproveAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>Turns off a person's second factor (a lost phone) and signs them out everywhere.</summary>
    Task<Result<Done>> ResetTwoFactorAsync(Guid personId, CancellationToken cancellationToken);

    Task<Result<Done>> RevokeRoleAsync(Guid personId, Guid grantId, CancellationToken cancellationToken);

    /// <summary>Of these people, those the current person administers (for other modules' reports about them).</summary>
    Task<IReadOnlySet<Guid>> ManagedAmongAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken);

    Task<Result<SeasonDashboardDto>> SeasonAsync(Guid seasonId, CancellationToken cancellationToken);

    /// <summary>Moves the season's dates; the contracts that ran to its end follow (an end in the past ends them within a minute).</summary>
    Task<Result<Done>> SetSeasonDatesAsync(Guid seasonId, DateOnly startDate, DateOnly endDate, CancellationToken cancellationToken);

    /// <summary>Brings a former season's staff back into this one: reactivated, with the new season's dates.</summary>
    Task<Result<(int Enrolled, int Reactivated)>> BringBackAsync(Guid seasonId, Guid fromSeasonId, CancellationToken cancellationToken);

    /// <summary>Checks (dry run) or imports a CSV file (UTF-8, with or without BOM).</summary>
    Task<Result<ImportResultDto>> ImportAsync(byte[] file, bool dryRun, CancellationToken cancellationToken);

    Task<Result<ImportProgressDto>> ImportProgressAsync(Guid importId, CancellationToken cancellationToken);

    Task<Result<OpenInvitationsDto>> InvitationsAsync(Guid? orgUnitId, CancellationToken cancellationToken);

    Task<Result<Done>> RevokeInvitationAsync(Guid invitationId, CancellationToken cancellationToken);

    Task<Result<Guid>> CreateOrgUnitAsync(string name, OrgUnitKind kind, Guid? parentId, CancellationToken cancellationToken);

    Task<Result<Done>> RenameOrgUnitAsync(Guid orgUnitId, string name, CancellationToken cancellationToken);

    Task<Result<Done>> MoveOrgUnitAsync(Guid orgUnitId, Guid parentId, CancellationToken cancellationToken);

    Task<Result<Done>> CloseLocationAsync(Guid orgUnitId, CancellationToken cancellationToken);
}
