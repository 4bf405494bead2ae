using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features;

/// <summary>An org unit as the API shows it.</summary>
internal sealed record OrgUnitView(Guid Id, string Name, OrgUnitKind Kind, Guid? ParentId, DateTimeOffset? ClosedAt)
{
    public static OrgUnitView Of(OrgUnitNode unit) => new(unit.Id, unit.Name, unit.Kind, unit.ParentId, unit.ClosedAt);
}
