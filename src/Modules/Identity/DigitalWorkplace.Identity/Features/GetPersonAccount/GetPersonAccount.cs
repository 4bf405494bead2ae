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

internal sealed class GetPersonAccountHandler(IdentityModuleDbContext db) : IQueryHandler<GetPersonAccount, Result<PersonAccount>>
{
    public async ValueTask<Result<PersonAccount>> Handle(GetPersonAccount query, CancellationToken cancellationToken)
    {
        var accounts = await db.Users.Where(p => p.Id == query.PersonId).ToAccountsAsync(db, cancellationToken);
        return accounts.Count == 0 ? Error.NotFound("person.not_found") : accounts[0];
    }
}
