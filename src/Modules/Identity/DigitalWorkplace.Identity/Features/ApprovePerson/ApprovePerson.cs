using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.ApprovePerson;

/// <summary>
/// The location manager lets in someone who signed up with a code that needs approval; their next page is the home page.
/// (Turning someone away is ending their account.)
/// </summary>
internal sealed record ApprovePerson(Guid PersonId) : ICommand<Result<Done>>;

internal sealed class ApprovePersonAuthorizer(IdentityPolicy policy, Credentials credentials) : IAuthorizer<ApprovePerson>
{
    public async ValueTask<Error?> AuthorizeAsync(ApprovePerson message, ICurrentUser user, CancellationToken cancellationToken) =>
        await PersonAdministration.AuthorizeAsync(policy, credentials, user, message.PersonId, cancellationToken);
}

internal sealed class ApprovePersonHandler(AuditTrail audit, IdentityModuleDbContext db, ICacheInvalidation invalidation, TimeProvider clock) : ICommandHandler<ApprovePerson, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(ApprovePerson command, CancellationToken cancellationToken)
    {
        var person = await db.Users.FirstOrDefaultAsync(p => p.Id == command.PersonId, cancellationToken);
        if (person is null)
        {
            return Error.NotFound("person.not_found");
        }

        if (person.Status != AccountStatus.PendingApproval)
        {
            return Error.Conflict("person.not_pending", $"The account is {person.Status}: only one waiting for approval is approved.");
        }

        audit.Record(db, "person.approved", Auditing.AuditSubjects.Person(person), AuditTrail.Fields(("status", person.Status)), AuditTrail.Fields(("status", AccountStatus.Active)));
        person.Status = AccountStatus.Active;
        person.StatusChangedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await invalidation.InvalidateAsync(Credentials.PersonKey(person.Id), cancellationToken);
        return Done.Value;
    }
}
