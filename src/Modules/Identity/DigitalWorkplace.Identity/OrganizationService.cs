using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity;

/// <summary>Keeps the org structure by name: used by the demo seed and the CLI, which act as the system.</summary>
internal sealed class OrganizationService(IdentityModuleDbContext db, ICacheInvalidation invalidation) : IOrganizationService
{
    public async Task<Guid> EnsureOrgUnitAsync(string name, OrgUnitKind kind, string? parentName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Guid? parentId = null;
        if (!string.IsNullOrWhiteSpace(parentName))
        {
            parentId = (await FindOrAddAsync(parentName.Trim(), OrgUnitKind.Organization, parentId: null, cancellationToken)).Id;
        }

        var unit = await FindOrAddAsync(name.Trim(), kind, parentId, cancellationToken);
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

        await invalidation.InvalidateAsync(OrgTreeCache.Key, cancellationToken);
        return unit.Id;
    }

    private async Task<OrgUnit> FindOrAddAsync(string name, OrgUnitKind kind, Guid? parentId, CancellationToken cancellationToken)
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
