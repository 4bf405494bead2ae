using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features.Organization;

internal static class OrgUnits
{
    /// <summary>The unit of that name, or a new one added to the context (saved with the caller's unit of work).</summary>
    public static async Task<OrgUnit> FindOrAddAsync(IdentityModuleDbContext db, string name, OrgUnitKind kind, Guid? parentId, CancellationToken cancellationToken)
    {
        var unit = db.OrgUnits.Local.FirstOrDefault(u => u.Name == name)
            ?? await db.OrgUnits.FirstOrDefaultAsync(u => u.Name == name, cancellationToken);
        if (unit is null)
        {
            unit = new OrgUnit { Name = name, Kind = kind, ParentId = parentId };
            db.OrgUnits.Add(unit);
        }

        return unit;
    }
}
