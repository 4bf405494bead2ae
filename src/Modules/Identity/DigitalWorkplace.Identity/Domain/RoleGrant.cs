using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Domain;

/// <summary>A role a person holds over an org unit's subtree, or over the whole network when <see cref="OrgUnitId"/> is null.</summary>
internal sealed class RoleGrant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PersonId { get; init; }

    public PlatformRole Role { get; init; }

    public Guid? OrgUnitId { get; init; }

    public DateTimeOffset GrantedAt { get; init; }

    /// <summary>Who granted it (null: the system, e.g. the CLI or the demo seed).</summary>
    public Guid? GrantedBy { get; init; }
}
