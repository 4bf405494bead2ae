using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Authorization;

/// <summary>
/// Identity's one authorization place: what the current person may administer — people, org units, roles — decided
/// from their grants and the org tree, both cached. Every people and organization endpoint, page and export asks it;
/// anything outside the person's scope is answered as if it did not exist (404).
/// </summary>
internal sealed class IdentityPolicy(Credentials credentials, OrgTreeCache trees)
{
    // The CLI and the demo seed act as the system administrator, who is nobody in the database.
    public Task<AdministrationScope> ScopeOfAsync(ICurrentUser user, CancellationToken cancellationToken) =>
        ScopeOfAsync(user.IsAuthenticated ? user.PersonId : null, user.IsAdministrator, cancellationToken);

    /// <summary>The scope of someone who is not the current request's person (a background job run on their behalf).</summary>
    public async Task<AdministrationScope> ScopeOfAsync(Guid? personId, bool isPlatformAdmin, CancellationToken cancellationToken)
    {
        var tree = await trees.GetAsync(cancellationToken);
        if (isPlatformAdmin)
        {
            return new AdministrationScope([new Grant(Guid.Empty, PlatformRole.PlatformAdmin, null)], tree);
        }

        var person = personId is { } id ? await credentials.ActivePersonAsync(id, cancellationToken) : null;
        return new AdministrationScope(person?.Grants ?? [], tree);
    }
}

/// <summary>A role over a subtree (<see cref="OrgUnitId"/>) or the whole network (null).</summary>
internal sealed record Grant(Guid Id, PlatformRole Role, Guid? OrgUnitId);

/// <summary>What one person may administer. Rank decides who may grant what: below platform administrators, nobody grants a role at or above their own.</summary>
internal sealed class AdministrationScope(IReadOnlyList<Grant> grants, OrgTree tree)
{
    private static readonly PlatformRole[] PeopleRoles = [PlatformRole.PlatformAdmin, PlatformRole.HrAdmin, PlatformRole.FranchiseeAdmin, PlatformRole.LocationManager];

    public OrgTree Tree => tree;

    public bool IsPlatformAdmin => grants.Any(g => g.Role == PlatformRole.PlatformAdmin);

    /// <summary>Holds any role over any part of the network.</summary>
    public bool HoldsAnyRole => grants.Count > 0;

    /// <summary>Administers anyone at all: may open the admin pages.</summary>
    public bool ManagesAnyone => grants.Any(g => PeopleRoles.Contains(g.Role));

    /// <summary>May list, invite, edit, suspend and end the people of that unit (null: people placed in no unit).</summary>
    public bool ManagesPeopleAt(Guid? unitId) => grants.Any(g => PeopleRoles.Contains(g.Role) && Covers(g, unitId));

    /// <summary>
    /// Why the person may not put new people in the unit (create, invite, a location code), or null when they may. Someone
    /// who administers nobody is refused; for the others a unit outside their scope is the same 400 as one that does not
    /// exist, so nobody learns another franchisee's units by probing.
    /// </summary>
    public Error? PlacementError(Guid? unitId, string field) =>
        !ManagesAnyone ? Error.Forbidden("person.create_forbidden", "You may not add people.")
        : unitId is not null && (tree.Find(unitId) is null || !ManagesPeopleAt(unitId)) ? UnknownUnit(field)
        : ManagesPeopleAt(unitId) ? null
        : Error.Forbidden("person.create_forbidden", "You may not add people outside a unit.");

    /// <summary>The one answer for a unit that does not exist and one outside the caller's scope.</summary>
    public static Error UnknownUnit(string field) => Error.Validation(field, FieldError.Rule("unknown_unit", "names no open org unit."));

    /// <summary>May create, rename, move or close a unit of that kind under (or at) the given place.</summary>
    public bool ManagesStructureAt(Guid? unitId, OrgUnitKind kind) => grants.Any(g => g.Role switch
    {
        PlatformRole.PlatformAdmin => true,
        PlatformRole.HrAdmin => Covers(g, unitId) && (g.OrgUnitId is null || kind != OrgUnitKind.Organization),
        PlatformRole.FranchiseeAdmin => kind == OrgUnitKind.Location && Covers(g, unitId),
        _ => false,
    });

    /// <summary>May grant (or revoke) that role over that unit: a platform administrator any, the others only lower ones.</summary>
    public bool MayGrant(PlatformRole role, Guid? unitId) =>
        IsPlatformAdmin || grants.Any(g => Rank(g.Role) > Rank(role) && g.Role is not (PlatformRole.LocationManager or PlatformRole.Communications or PlatformRole.Support) && Covers(g, unitId));

    /// <summary>
    /// May define an audience over these units (none: the whole network): every role may target the part of the network
    /// it holds, communications included — they address announcements.
    /// </summary>
    public bool MayTarget(IReadOnlyCollection<Guid> units) =>
        units.Count == 0
            ? grants.Any(g => g.Role == PlatformRole.PlatformAdmin || (g.OrgUnitId is null && g.Role != PlatformRole.Support))
            : units.All(unit => grants.Any(g => g.Role != PlatformRole.Support && Covers(g, unit)));

    private readonly Lazy<IReadOnlySet<Guid>?> _managedUnits = new(() => ComputeManagedUnits(grants, tree));

    /// <summary>The units whose people this person administers; null when that is everyone. Worked out once per scope.</summary>
    public IReadOnlySet<Guid>? ManagedUnits() => _managedUnits.Value;

    private static HashSet<Guid>? ComputeManagedUnits(IReadOnlyList<Grant> grants, OrgTree tree)
    {
        if (grants.Any(g => PeopleRoles.Contains(g.Role) && (g.Role == PlatformRole.PlatformAdmin || g.OrgUnitId is null)))
        {
            return null;
        }

        return grants.Where(g => PeopleRoles.Contains(g.Role) && g.OrgUnitId is not null)
            .SelectMany(g => tree.Subtree(g.OrgUnitId!.Value))
            .ToHashSet();
    }

    private bool Covers(Grant grant, Guid? unitId) =>
        grant.Role == PlatformRole.PlatformAdmin || grant.OrgUnitId is null || (unitId is not null && tree.IsWithin(unitId, grant.OrgUnitId.Value));

    private static int Rank(PlatformRole role) => role switch
    {
        PlatformRole.PlatformAdmin => 4,
        PlatformRole.HrAdmin => 3,
        PlatformRole.FranchiseeAdmin or PlatformRole.Communications or PlatformRole.Support => 2,
        PlatformRole.LocationManager => 1,
        _ => 0,
    };
}
