using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features.CreateOrgUnit;

/// <summary>Adds a unit to the tree: a region under the organization, a franchisee, a new location.</summary>
internal sealed record CreateOrgUnit(string? Name, OrgUnitKind Kind, Guid? ParentId) : ICommand<Result<OrgUnitView>>, IValidatable
{
    public void Validate(Validator validator) =>
        validator
            .Required("name", Name, OrgUnit.NameMaxLength)
            .That(Enum.IsDefined(Kind), "kind", FieldError.OneOf(Enum.GetNames<OrgUnitKind>()));
}

/// <summary>Those who administer the structure where the unit goes; an unknown or foreign parent is not found.</summary>
internal sealed class CreateOrgUnitAuthorizer(IdentityPolicy policy) : IAuthorizer<CreateOrgUnit>
{
    public async ValueTask<Error?> AuthorizeAsync(CreateOrgUnit message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        if (message.ParentId is { } parentId && scope.Tree.Find(parentId) is null)
        {
            return scope.ManagesAnyone ? null : Error.Forbidden("org_unit.forbidden", "You may not change the org structure.");
        }

        if (scope.ManagesStructureAt(message.ParentId, message.Kind))
        {
            return null;
        }

        // Someone who shapes part of the structure learns nothing of the rest: a foreign parent is an unknown one.
        var shapesSome = message.ParentId is not null && scope.Tree.Units.Any(u => scope.ManagesStructureAt(u.Id, message.Kind));
        return shapesSome ? AdministrationScope.UnknownUnit("parentId") : Error.Forbidden("org_unit.forbidden", "You may not change the org structure there.");
    }
}

internal sealed class CreateOrgUnitHandler(AuditTrail audit, IdentityModuleDbContext db, OrgTreeCache trees, ICacheInvalidation invalidation)
    : ICommandHandler<CreateOrgUnit, Result<OrgUnitView>>
{
    public async ValueTask<Result<OrgUnitView>> Handle(CreateOrgUnit command, CancellationToken cancellationToken)
    {
        var tree = await trees.GetAsync(cancellationToken);
        var parent = tree.Find(command.ParentId);
        if (command.ParentId is not null && parent is null)
        {
            return Error.Validation("parentId", FieldError.Rule("unknown_unit", "names no org unit."));
        }

        if (OrgUnitRules.Placement(command.Kind, parent) is { } misplaced)
        {
            return misplaced;
        }

        var name = command.Name!.Trim();
        if (tree.FindByName(name) is not null)
        {
            return OrgUnitRules.NameTaken();
        }

        var unit = new OrgUnit { Name = name, Kind = command.Kind, ParentId = parent?.Id };
        db.OrgUnits.Add(unit);
        audit.RecordChanges(db, "org-unit.created", Auditing.AuditSubjects.OrgUnit(unit), db.Entry(unit));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return OrgUnitRules.NameTaken();
        }

        await invalidation.InvalidateAsync(OrgTreeCache.Key, cancellationToken);
        return new OrgUnitView(unit.Id, unit.Name, unit.Kind, unit.ParentId, null);
    }
}
