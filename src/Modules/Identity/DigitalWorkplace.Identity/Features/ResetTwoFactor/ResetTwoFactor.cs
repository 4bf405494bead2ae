using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Features.ResetTwoFactor;

/// <summary>
/// A lost phone and no recovery code left: an administrator of the person turns their second factor off and signs them
/// out everywhere; they sign in with their password and set up the new phone.
/// </summary>
internal sealed record ResetTwoFactor(Guid PersonId) : ICommand<Result<Done>>;

internal sealed class ResetTwoFactorAuthorizer(IdentityPolicy policy, Credentials credentials) : IAuthorizer<ResetTwoFactor>
{
    public async ValueTask<Error?> AuthorizeAsync(ResetTwoFactor message, ICurrentUser user, CancellationToken cancellationToken) =>
        PersonAdministration.NotSelf(user, message.PersonId) ?? await PersonAdministration.AuthorizeAsync(policy, credentials, user, message.PersonId, cancellationToken);
}

internal sealed class ResetTwoFactorHandler(AuditTrail audit, Data.IdentityModuleDbContext db, UserManager<Person> users, AccountStatusChanges statuses) : ICommandHandler<ResetTwoFactor, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(ResetTwoFactor command, CancellationToken cancellationToken)
    {
        var person = await users.FindByIdAsync(command.PersonId.ToString());
        if (person is null)
        {
            return Error.NotFound("person.not_found");
        }

        audit.Record(db, "two-factor.reset", Auditing.AuditSubjects.Person(person), AuditTrail.Fields(("enabled", person.TwoFactorEnabled)), AuditTrail.Fields(("enabled", false)));
        await users.SetTwoFactorEnabledAsync(person, false);
        await users.ResetAuthenticatorKeyAsync(person);
        await statuses.EndSessionsAsync(person.Id, cancellationToken);
        return Done.Value;
    }
}
