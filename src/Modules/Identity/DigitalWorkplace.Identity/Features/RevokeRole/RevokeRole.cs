using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.RevokeRole;

/// <summary>Takes a role back; it stops on the person's next request. The last platform administrator keeps theirs.</summary>
internal sealed record RevokeRole(Guid PersonId, Guid GrantId) : ICommand<Result<Done>>;

internal sealed class RevokeRoleAuthorizer(IdentityPolicy policy, Credentials credentials) : IAuthorizer<RevokeRole>
{
    public async ValueTask<Error?> AuthorizeAsync(RevokeRole message, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (await PersonAdministration.AuthorizeAsync(policy, credentials, user, message.PersonId, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var person = await credentials.PersonAsync(message.PersonId, cancellationToken);
        var grant = person?.Grants.FirstOrDefault(g => g.Id == message.GrantId);
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        return grant is not null && scope.MayGrant(grant.Role, grant.OrgUnitId) ? null : Error.NotFound("role.not_found");
    }
}

internal sealed class RevokeRoleHandler(AuditTrail audit, IdentityModuleDbContext db, ICacheInvalidation invalidation) : ICommandHandler<RevokeRole, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RevokeRole command, CancellationToken cancellationToken)
    {
        var grant = await db.RoleGrants.FirstOrDefaultAsync(g => g.Id == command.GrantId && g.PersonId == command.PersonId, cancellationToken);
        if (grant is null)
        {
            return Error.NotFound("role.not_found");
        }

        if (grant.Role == PlatformRole.PlatformAdmin && await db.RoleGrants.CountAsync(g => g.Role == PlatformRole.PlatformAdmin, cancellationToken) <= 1)
        {
            return Error.Conflict("role.last_platform_admin", "The network needs at least one platform administrator.");
        }

        var person = await db.Users.FirstAsync(p => p.Id == command.PersonId, cancellationToken);
        audit.Record(db, "role.revoked", Auditing.AuditSubjects.Person(person), AuditTrail.Fields(("role", grant.Role), ("orgUnitId", grant.OrgUnitId)));
        db.RoleGrants.Remove(grant);
        await db.SaveChangesAsync(cancellationToken);
        await invalidation.InvalidateAsync(Credentials.PersonKey(command.PersonId), cancellationToken);
        return Done.Value;
    }
}
