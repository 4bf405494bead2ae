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
        // In the caller's units, and outranked by them: a franchisee admin does not end the HR admin who works in one of their cafés.
        return person is not null && scope.ManagesPeopleAt(person.OrgUnitId) && person.Grants.All(g => scope.MayGrant(g.Role, g.OrgUnitId))
            ? null
            : Error.NotFound("person.not_found");
    }

    /// <summary>Nobody suspends or ends their own account (an administrator locking themselves out by a slip of the finger).</summary>
    public static Error? NotSelf(ICurrentUser user, Guid personId) =>
        user.IsAuthenticated && user.PersonId == personId ? Error.Conflict("person.self", "You cannot do this to your own account.") : null;
}
