using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.Organization;

/// <summary>Keeps the org structure: used by the demo seed and imports, which act as the system.</summary>
internal sealed class OrganizationService(IdentityModuleDbContext db) : IOrganizationService
{
    public async Task<Guid> EnsureOrgUnitAsync(string name, OrgUnitKind kind, string? parentName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Guid? parentId = null;
        if (!string.IsNullOrWhiteSpace(parentName))
        {
            parentId = (await OrgUnits.FindOrAddAsync(db, parentName.Trim(), OrgUnitKind.Organization, parentId: null, cancellationToken)).Id;
        }

        var unit = await OrgUnits.FindOrAddAsync(db, name.Trim(), kind, parentId, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone created the same unit concurrently: names are unique, so theirs is the one.
            db.ChangeTracker.Clear();
            return await db.OrgUnits.Where(u => u.Name == name.Trim()).Select(u => u.Id).FirstAsync(cancellationToken);
        }

        return unit.Id;
    }
}
