using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.EndAccess;

/// <summary>
/// Suspends an account (a pause) or ends it (the contract is over): either way the person is signed out everywhere at
/// once and their history stays; reactivation brings them back.
/// </summary>
internal sealed record EndAccess(Guid PersonId, AccountStatus Status) : ICommand<Result<Done>>;

internal sealed class EndAccessAuthorizer(IdentityPolicy policy, Credentials credentials) : IAuthorizer<EndAccess>
{
    public async ValueTask<Error?> AuthorizeAsync(EndAccess message, ICurrentUser user, CancellationToken cancellationToken) =>
        await PersonAdministration.AuthorizeAsync(policy, credentials, user, message.PersonId, cancellationToken);
}

internal sealed class EndAccessHandler(AccountStatusChanges statuses, ICurrentUser user) : ICommandHandler<EndAccess, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(EndAccess command, CancellationToken cancellationToken)
    {
        if (PersonAdministration.NotSelf(user, command.PersonId) is { } self)
        {
            return self;
        }

        await statuses.EndAccessAsync([command.PersonId], command.Status, cancellationToken);
        return Done.Value;
    }
}
