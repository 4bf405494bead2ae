using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;

namespace DigitalWorkplace.Identity.Accounts;

/// <summary>The authorizers' one rule for acting on a person's account: they are in the caller's scope, or they do not exist.</summary>
internal static class PersonAdministration
{
    public static async Task<Error?> AuthorizeAsync(IdentityPolicy policy, Credentials credentials, ICurrentUser user, Guid personId, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var person = await credentials.PersonAsync(personId, cancellationToken);
        return person is not null && scope.ManagesPeopleAt(person.OrgUnitId) ? null : Error.NotFound("person.not_found");
    }

    /// <summary>Nobody suspends or ends their own account (an administrator locking themselves out by a slip of the finger).</summary>
    public static Error? NotSelf(ICurrentUser user, Guid personId) =>
        user.IsAuthenticated && user.PersonId == personId ? Error.Conflict("person.self", "You cannot do this to your own account.") : null;
}
