using System.Text.Json.Serialization;
using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Identity.Contracts;

/// <summary>The levels of a franchise network: organization → brand or region → franchisee → location.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrgUnitKind>))]
public enum OrgUnitKind
{
    Organization,

    /// <summary>A brand or a region: groups franchisees (and the locations run by the network itself).</summary>
    Region,
    Franchisee,
    Location,
}

/// <summary>
/// The org structure, seasons, audiences, roles and invitations, for the demo seed and the CLI. Each call goes through
/// the same request (validation, authorization as the current person, outbox) as the API.
/// </summary>
public interface IOrganizationService
{
    /// <summary>Creates the unit when no unit of that name exists; returns its id either way.</summary>
    Task<Guid> EnsureOrgUnitAsync(string name, OrgUnitKind kind, string? parentName, CancellationToken cancellationToken);

    Task<Result<Guid>> CreateAudienceAsync(NewAudience audience, CancellationToken cancellationToken);

    /// <summary>The open units, parents before their children (for pickers and filters).</summary>
    Task<IReadOnlyList<OrgUnitDto>> ListUnitsAsync(CancellationToken cancellationToken);

    /// <summary>The seasons the current person administers a location of (none for everyone else).</summary>
    Task<IReadOnlyList<SeasonDto>> ListSeasonsAsync(CancellationToken cancellationToken);

    /// <summary>The same seasons, the latest first, by name only (for a picker: nothing counted).</summary>
    Task<IReadOnlyList<(Guid Id, string Name)>> SeasonChoicesAsync(CancellationToken cancellationToken);

    Task<Result<Guid>> CreateSeasonAsync(string name, DateOnly startDate, DateOnly endDate, IReadOnlyList<Guid> locationIds, CancellationToken cancellationToken);

    Task<Result<Done>> AddToSeasonAsync(Guid seasonId, IReadOnlyList<Guid> personIds, CancellationToken cancellationToken);

    Task<Result<Done>> GrantRoleAsync(Guid personId, PlatformRole role, Guid? orgUnitId, CancellationToken cancellationToken);

    /// <summary>Invites someone without an account; returns the link's path (<c>/join/…</c>).</summary>
    Task<Result<string>> InviteAsync(string displayName, Guid orgUnitId, EmploymentType employmentType, Guid? seasonId, CancellationToken cancellationToken);

    /// <summary>Invites an external guest, sponsored, until their last day, into these communities and apps only; returns the link's path.</summary>
    /// <param name="orgUnitId">Where the guest is administered (null: network-wide administrators only).</param>
    Task<Result<string>> InviteGuestAsync(
        string displayName, Guid sponsorId, DateOnly endDate, IReadOnlyList<Guid> communityIds, IReadOnlyList<Guid> appIds, CancellationToken cancellationToken,
        Guid? orgUnitId = null);

    /// <summary>Creates a location code; returns it as printed ("K7QM-2XDP").</summary>
    Task<Result<string>> CreateLocationCodeAsync(Guid locationId, Guid? seasonId, bool requiresApproval, int expiresInDays, CancellationToken cancellationToken);
}

public sealed record OrgUnitDto(Guid Id, string Name, OrgUnitKind Kind, Guid? ParentId);

public sealed record SeasonDto(Guid Id, string Name, DateOnly StartDate, DateOnly EndDate, int MemberCount);

/// <summary>An audience's criteria, each empty one not narrowing (see Identity's documentation).</summary>
public sealed record NewAudience(
    string Name,
    IReadOnlyList<Guid>? OrgUnitIds = null,
    IReadOnlyList<EmploymentType>? EmploymentTypes = null,
    IReadOnlyList<string>? Positions = null,
    IReadOnlyList<Guid>? SeasonIds = null,
    IReadOnlyList<string>? Tags = null,
    int? StartedWithinDays = null);
