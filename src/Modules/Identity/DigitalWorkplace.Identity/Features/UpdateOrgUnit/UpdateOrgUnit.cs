using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features.UpdateOrgUnit;

/// <summary>Renames a unit, moves it under another parent, or both; a field left out stays as it is.</summary>
internal sealed record UpdateOrgUnit(Guid Id, string? Name, Guid? ParentId) : ICommand<Result<OrgUnitView>>, IValidatable
{
    public void Validate(Validator validator)
    {
        validator.MaxLength("name", Name, OrgUnit.NameMaxLength);
        validator.That(Name is null || !string.IsNullOrWhiteSpace(Name), "name", FieldError.Required());
    }
}

/// <summary>The unit must be in the caller's structure (or it is not found), and so must its new parent (or it is unknown).</summary>
internal sealed class UpdateOrgUnitAuthorizer(IdentityPolicy policy) : IAuthorizer<UpdateOrgUnit>
{
    public async ValueTask<Error?> AuthorizeAsync(UpdateOrgUnit message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var unit = scope.Tree.Find(message.Id);
        if (unit is null || !scope.ManagesStructureAt(unit.Id, unit.Kind))
        {
            return Error.NotFound("org_unit.not_found");
        }

        // A parent outside the caller's structure is the same 400 as one that does not exist.
        if (message.ParentId is { } parentId && parentId != unit.ParentId && scope.Tree.Find(parentId) is not null && !scope.ManagesStructureAt(parentId, unit.Kind))
        {
            return AdministrationScope.UnknownUnit("parentId");
        }

        return null;
    }
}

internal sealed class UpdateOrgUnitHandler(AuditTrail audit, IdentityModuleDbContext db, OrgTreeCache trees, AudienceMembership audiences, ICacheInvalidation invalidation)
    : ICommandHandler<UpdateOrgUnit, Result<OrgUnitView>>
{
    public async ValueTask<Result<OrgUnitView>> Handle(UpdateOrgUnit command, CancellationToken cancellationToken)
    {
        var tree = await trees.GetAsync(cancellationToken);
        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == command.Id, cancellationToken);
        if (unit is null)
        {
            return Error.NotFound("org_unit.not_found");
        }

        IReadOnlyList<string> movedPeople = [];
        if (command.ParentId is { } parentId && parentId != unit.ParentId)
        {
            var parent = tree.Find(parentId);
            if (parent is null)
            {
                return Error.Validation("parentId", FieldError.Rule("unknown_unit", "names no org unit."));
            }

            if (tree.IsWithin(parent.Id, unit.Id))
            {
                return Error.Validation("parentId", FieldError.Rule("inside_itself", "is the unit itself or one of its own units."));
            }

            if (OrgUnitRules.Placement(unit.Kind, parent) is { } misplaced)
            {
                return misplaced;
            }

            unit.ParentId = parent.Id;
            // Audiences that name the old or the new ancestors gain or lose the people of the moved subtree, in the same save.
            var moved = tree.Subtree(unit.Id);
            var people = await db.Users.Where(p => p.OrgUnitId != null && moved.Contains(p.OrgUnitId.Value)).ToListAsync(cancellationToken);
            await audiences.StageAsync(people, cancellationToken, tree.WithMove(unit.Id, parent.Id));
            movedPeople = [.. people.Select(p => Credentials.PersonKey(p.Id))];
        }

        if (command.Name is { } name && name.Trim() != unit.Name)
        {
            if (tree.FindByName(name.Trim()) is { } other && other.Id != unit.Id)
            {
                return OrgUnitRules.NameTaken();
            }

            unit.Name = name.Trim();
        }

        audit.RecordChanges(db, "org-unit.updated", Auditing.AuditSubjects.OrgUnit(unit), db.Entry(unit));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return OrgUnitRules.NameTaken();
        }

        await invalidation.InvalidateAsync([OrgTreeCache.Key, .. movedPeople], cancellationToken);
        return new OrgUnitView(unit.Id, unit.Name, unit.Kind, unit.ParentId, unit.ClosedAt);
    }
}
