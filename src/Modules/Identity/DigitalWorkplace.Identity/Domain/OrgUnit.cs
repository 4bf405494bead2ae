using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Domain;

/// <summary>A node of the org structure (organization → franchisee → location); names are unique.</summary>
internal sealed class OrgUnit
{
    public const int NameMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; init; }

    public OrgUnitKind Kind { get; init; }

    public Guid? ParentId { get; init; }
}
