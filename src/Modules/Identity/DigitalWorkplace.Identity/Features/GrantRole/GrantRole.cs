using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features.GrantRole;

/// <summary>
/// Gives a person a role over a unit's subtree (or the whole network). Nobody grants a role at or above their own, nor
/// outside what they administer; granting a role the person already has changes nothing.
/// </summary>
internal sealed record GrantRole(Guid PersonId, PlatformRole Role, Guid? OrgUnitId) : ICommand<Result<RoleGrantView>>, IValidatable
{
    public void Validate(Validator validator) =>
        validator.That(Enum.IsDefined(Role), "role", FieldError.OneOf(Enum.GetNames<PlatformRole>()));

    /// <summary>The kind of unit a role is held over (null: any, or none).</summary>
    public static OrgUnitKind? ScopeKindOf(PlatformRole role) => role switch
    {
        PlatformRole.FranchiseeAdmin => OrgUnitKind.Franchisee,
        PlatformRole.LocationManager => OrgUnitKind.Location,
        _ => null,
    };
}

internal sealed class GrantRoleAuthorizer(IdentityPolicy policy, Credentials credentials) : IAuthorizer<GrantRole>
{
    public async ValueTask<Error?> AuthorizeAsync(GrantRole message, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (await PersonAdministration.AuthorizeAsync(policy, credentials, user, message.PersonId, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        if (!scope.MayGrant(message.Role, message.OrgUnitId))
        {
            return Error.Forbidden("role.grant_forbidden", "You may not grant this role there.");
        }

        // An invitation's link is seen by the location's managers: a role given before sign-up could be taken with it.
        var person = await credentials.PersonAsync(message.PersonId, cancellationToken);
        if (person is not { Status: AccountStatus.Active })
        {
            return Error.Conflict("role.person_not_active", "Roles are granted to active accounts, once their owner has signed up.");
        }

        // A guest administering anyone would see beyond their communities, and could invite themselves a full account.
        return person.Guest is null ? null : Error.Conflict("role.guest", "Guests hold no role: they use only the communities and apps they were given.");
    }
}

internal sealed class GrantRoleHandler(AuditTrail audit, IdentityModuleDbContext db, OrgTreeCache trees, ICurrentUser user, ICacheInvalidation invalidation, TimeProvider clock)
    : ICommandHandler<GrantRole, Result<RoleGrantView>>
{
    public async ValueTask<Result<RoleGrantView>> Handle(GrantRole command, CancellationToken cancellationToken)
    {
        var unit = (await trees.GetAsync(cancellationToken)).Find(command.OrgUnitId);
        var kind = GrantRole.ScopeKindOf(command.Role);
        var validator = new Validator()
            .That(command.OrgUnitId is null || unit is not null, "orgUnitId", FieldError.Rule("unknown_unit", "names no org unit."))
            .That(kind is null || unit is null || unit.Kind == kind, "orgUnitId", FieldError.Rule("wrong_unit_kind", $"must be a {kind} for this role."))
            .That(kind is null || command.OrgUnitId is not null, "orgUnitId", FieldError.Required())
            .That(command.Role is not (PlatformRole.PlatformAdmin or PlatformRole.Support) || command.OrgUnitId is null, "orgUnitId", FieldError.Rule("network_wide", "must be empty: this role covers the whole network."));
        if (!validator.IsValid)
        {
            return validator.ToError();
        }

        var existing = await db.RoleGrants.FirstOrDefaultAsync(
            g => g.PersonId == command.PersonId && g.Role == command.Role && g.OrgUnitId == command.OrgUnitId, cancellationToken);
        if (existing is not null)
        {
            return new RoleGrantView(existing.Id, existing.Role, existing.OrgUnitId);
        }

        var grant = new RoleGrant
        {
            PersonId = command.PersonId,
            Role = command.Role,
            OrgUnitId = command.OrgUnitId,
            GrantedAt = clock.GetUtcNow(),
            GrantedBy = user.IsAuthenticated && user.PersonId != Guid.Empty ? user.PersonId : null,
        };
        db.RoleGrants.Add(grant);
        var person = await db.Users.FirstAsync(p => p.Id == command.PersonId, cancellationToken);
        audit.Record(db, "role.granted", Auditing.AuditSubjects.Person(person), after: AuditTrail.Fields(("role", grant.Role), ("orgUnitId", grant.OrgUnitId)));
        await db.SaveChangesAsync(cancellationToken);
        await invalidation.InvalidateAsync(Credentials.PersonKey(command.PersonId), cancellationToken);
        return new RoleGrantView(grant.Id, grant.Role, grant.OrgUnitId);
    }
}
