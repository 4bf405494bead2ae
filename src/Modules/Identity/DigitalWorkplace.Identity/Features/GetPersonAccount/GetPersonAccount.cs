using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.GetPersonAccount;

/// <summary>A person's account, for those who administer them; for everyone else it does not exist.</summary>
internal sealed record GetPersonAccount(Guid PersonId) : IQuery<Result<PersonAccount>>;

internal sealed class GetPersonAccountAuthorizer(IdentityPolicy policy, Credentials credentials) : IAuthorizer<GetPersonAccount>
{
    public async ValueTask<Error?> AuthorizeAsync(GetPersonAccount message, ICurrentUser user, CancellationToken cancellationToken) =>
        await PersonAdministration.AuthorizeAsync(policy, credentials, user, message.PersonId, cancellationToken);
}

/// <summary>Reading someone's account (contract, e-mail, roles) is a privileged read: it is audited.</summary>
internal sealed class GetPersonAccountHandler(IdentityModuleDbContext db, AuditTrail audit) : IQueryHandler<GetPersonAccount, Result<PersonAccount>>
{
    public async ValueTask<Result<PersonAccount>> Handle(GetPersonAccount query, CancellationToken cancellationToken)
    {
        var accounts = await db.Users.Where(p => p.Id == query.PersonId).ToAccountsAsync(db, cancellationToken);
        if (accounts.Count == 0)
        {
            return Error.NotFound("person.not_found");
        }

        var account = accounts[0];
        audit.Record(db, "person.account-viewed", new AuditSubject("person", account.Id.ToString(), account.DisplayName, account.OrgUnitId));
        await db.SaveChangesAsync(cancellationToken);
        return account;
    }
}
