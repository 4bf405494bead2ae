using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Privacy;

namespace DigitalWorkplace.Identity.Features.ErasePerson;

/// <summary>
/// Erases a person (GDPR): their account ends (signed out everywhere, tokens revoked), then every personal field goes —
/// name ("Former member"), sign-in names, e-mail, contract, photo, roles, seasons, audiences, links to directories, the
/// second factor — and the audit log keeps what was done but no longer their name or addresses. Each module then removes
/// what it keeps about them (<c>identity.person-erased</c>); what they wrote stays under "former member" or, when asked,
/// goes too. Their administrator does it, never to themselves; the erasure is audited.
/// </summary>
internal sealed record ErasePerson(Guid PersonId, bool RemoveContent) : ICommand<Result<Done>>;

internal sealed class ErasePersonAuthorizer(IdentityPolicy policy, Credentials credentials) : IAuthorizer<ErasePerson>
{
    public async ValueTask<Error?> AuthorizeAsync(ErasePerson message, ICurrentUser user, CancellationToken cancellationToken) =>
        PersonAdministration.NotSelf(user, message.PersonId) ?? await PersonAdministration.AuthorizeAsync(policy, credentials, user, message.PersonId, cancellationToken);
}

internal sealed class ErasePersonHandler(
    IdentityModuleDbContext db, AccountStatusChanges statuses, AudienceMembership audiences, ICacheInvalidation invalidation, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<ErasePerson, Result<Done>>
{
    public const string FormerMember = "Former member";

    public async ValueTask<Result<Done>> Handle(ErasePerson command, CancellationToken cancellationToken)
    {
        var id = command.PersonId;
        if (await db.RoleGrants.AnyAsync(g => g.PersonId == id && g.Role == PlatformRole.PlatformAdmin, cancellationToken)
            && await db.RoleGrants.CountAsync(g => g.Role == PlatformRole.PlatformAdmin, cancellationToken) <= 1)
        {
            return Error.Conflict("role.last_platform_admin", "The network needs at least one platform administrator.");
        }

        await statuses.EndAccessAsync([id], AccountStatus.Ended, cancellationToken);
        var person = await db.Users.FirstAsync(p => p.Id == id, cancellationToken);
        if (Erasure.IsErased(person))
        {
            return Done.Value;
        }

        var importRows = (person.EmployeeId, person.NormalizedEmail);
        audit.Record(db, "person.erased", new BuildingBlocks.Auditing.AuditSubject("person", id.ToString(), FormerMember, person.OrgUnitId),
            after: BuildingBlocks.Auditing.AuditTrail.Fields(("contentRemoved", command.RemoveContent)));
        Erasure.Anonymize(person);
        db.RoleGrants.RemoveRange(await db.RoleGrants.Where(g => g.PersonId == id).ToListAsync(cancellationToken));
        db.SeasonMembers.RemoveRange(await db.SeasonMembers.Where(m => m.PersonId == id).ToListAsync(cancellationToken));
        db.Guests.RemoveRange(await db.Guests.Where(g => g.PersonId == id).ToListAsync(cancellationToken));
        db.Photos.RemoveRange(await db.Photos.Where(p => p.PersonId == id).ToListAsync(cancellationToken));
        db.Invitations.RemoveRange(await db.Invitations.Where(i => i.PersonId == id).ToListAsync(cancellationToken));
        db.ScimGroupMembers.RemoveRange(await db.ScimGroupMembers.Where(m => m.PersonId == id).ToListAsync(cancellationToken));
        db.UserLogins.RemoveRange(await db.UserLogins.Where(l => l.UserId == id).ToListAsync(cancellationToken));
        db.UserTokens.RemoveRange(await db.UserTokens.Where(t => t.UserId == id).ToListAsync(cancellationToken));
        db.UserClaims.RemoveRange(await db.UserClaims.Where(c => c.UserId == id).ToListAsync(cancellationToken));
        foreach (var report in await db.Users.Where(p => p.ManagerId == id).ToListAsync(cancellationToken))
        {
            report.ManagerId = null;
        }

        await audiences.StageAsync([person], cancellationToken);
        db.Publish(new PersonUpdatedIntegrationEvent(person.Id, person.DisplayName, person.EmploymentType, null, null, null, null, null), clock);
        db.Publish(new PersonErasedIntegrationEvent(person.Id, command.RemoveContent), clock);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await Auditing.AuditScrub.ForgetAsync(db, id, cancellationToken);
            await Imports.ImportReports.ForgetAsync(db, importRows.EmployeeId, importRows.NormalizedEmail, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await invalidation.InvalidateAsync(Credentials.PersonKey(id), cancellationToken);
        return Done.Value;
    }
}
