using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.CloseOrgUnit;

/// <summary>
/// Closes a location (a café that shuts for good): it leaves the lists and takes nobody new; its people and their history
/// stay where they are, for the administrator to move or end. Closing twice keeps the first date.
/// </summary>
internal sealed record CloseOrgUnit(Guid Id) : ICommand<Result<OrgUnitView>>;

internal sealed class CloseOrgUnitAuthorizer(IdentityPolicy policy) : IAuthorizer<CloseOrgUnit>
{
    public async ValueTask<Error?> AuthorizeAsync(CloseOrgUnit message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        return scope.Tree.Find(message.Id) is { } unit && scope.ManagesStructureAt(unit.Id, unit.Kind) ? null : Error.NotFound("org_unit.not_found");
    }
}

internal sealed class CloseOrgUnitHandler(AuditTrail audit, IdentityModuleDbContext db, ICacheInvalidation invalidation, TimeProvider clock)
    : ICommandHandler<CloseOrgUnit, Result<OrgUnitView>>
{
    public async ValueTask<Result<OrgUnitView>> Handle(CloseOrgUnit command, CancellationToken cancellationToken)
    {
        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == command.Id, cancellationToken);
        if (unit is null)
        {
            return Error.NotFound("org_unit.not_found");
        }

        if (unit.Kind != OrgUnitKind.Location)
        {
            return Error.Conflict("org_unit.not_a_location", "Only a location closes; move or rename the other units.");
        }

        unit.ClosedAt ??= clock.GetUtcNow();
        audit.RecordChanges(db, "org-unit.closed", Auditing.AuditSubjects.OrgUnit(unit), db.Entry(unit));
        await db.SaveChangesAsync(cancellationToken);
        await invalidation.InvalidateAsync(OrgTreeCache.Key, cancellationToken);
        return new OrgUnitView(unit.Id, unit.Name, unit.Kind, unit.ParentId, unit.ClosedAt);
    }
}
