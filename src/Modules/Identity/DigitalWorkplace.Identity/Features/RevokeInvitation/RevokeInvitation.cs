using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.RevokeInvitation;

/// <summary>Stops a link or a code at once (a poster photographed and shared too widely); revoking twice keeps the first time.</summary>
internal sealed record RevokeInvitation(Guid InvitationId) : ICommand<Result<Done>>;

internal sealed class RevokeInvitationAuthorizer(IdentityPolicy policy, IdentityModuleDbContext db) : IAuthorizer<RevokeInvitation>
{
    public async ValueTask<Error?> AuthorizeAsync(RevokeInvitation message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var unit = await db.Invitations.Where(i => i.Id == message.InvitationId).Select(i => new { i.OrgUnitId }).FirstOrDefaultAsync(cancellationToken);
        return unit is not null && scope.ManagesPeopleAt(unit.OrgUnitId) ? null : Error.NotFound("invitation.not_found");
    }
}

internal sealed class RevokeInvitationHandler(AuditTrail audit, IdentityModuleDbContext db, TimeProvider clock) : ICommandHandler<RevokeInvitation, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RevokeInvitation command, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == command.InvitationId, cancellationToken);
        if (invitation is null)
        {
            return Error.NotFound("invitation.not_found");
        }

        var person = invitation.PersonId is { } personId ? await db.Users.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken) : null;
        var unit = invitation.OrgUnitId is { } unitId ? await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken) : null;
        audit.Record(db, invitation.Kind == InvitationKind.LocationCode ? "location-code.revoked" : "invitation.revoked",
            person is not null ? Auditing.AuditSubjects.Person(person) : unit is not null ? Auditing.AuditSubjects.OrgUnit(unit) : new AuditSubject("invitation", invitation.Id.ToString(), null));
        invitation.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
