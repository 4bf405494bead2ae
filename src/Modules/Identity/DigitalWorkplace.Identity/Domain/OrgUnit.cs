using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Domain;

/// <summary>
/// A node of the org tree (organization → brand/region → franchisee → location). Names are unique across the network,
/// so that an import's "location" column names exactly one unit.
/// </summary>
internal sealed class OrgUnit
{
    public const int NameMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public OrgUnitKind Kind { get; init; }

    public Guid? ParentId { get; set; }

    /// <summary>When a location closed: its people stay (and keep their history), nobody new joins it.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Which kinds may sit directly under a unit of <paramref name="parent"/>'s kind (null: at the top).</summary>
    public static bool MayBeUnder(OrgUnitKind kind, OrgUnitKind? parent) => (kind, parent) switch
    {
        (OrgUnitKind.Organization, null) => true,
        (OrgUnitKind.Organization, _) => false,
        (_, null) => false,
        (OrgUnitKind.Region, OrgUnitKind.Organization or OrgUnitKind.Region) => true,
        (OrgUnitKind.Franchisee, OrgUnitKind.Organization or OrgUnitKind.Region) => true,
        (OrgUnitKind.Location, OrgUnitKind.Organization or OrgUnitKind.Region or OrgUnitKind.Franchisee) => true,
        _ => false,
    };
}
