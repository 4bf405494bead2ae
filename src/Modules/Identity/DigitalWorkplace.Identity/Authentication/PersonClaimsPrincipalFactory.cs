using System.Security.Claims;
using DigitalWorkplace.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DigitalWorkplace.Identity.Authentication;

/// <summary>
/// The cookie's claims: "sub", "name" (the display name, not the user name), "email", and a "role" per granted role,
/// taken from the same cached <see cref="PersonStatus"/> that every request refreshes them from.
/// </summary>
internal sealed class PersonClaimsPrincipalFactory(UserManager<Person> userManager, IOptions<IdentityOptions> options, Credentials credentials)
    : UserClaimsPrincipalFactory<Person>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Person user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        // The base class puts the user name in the name claim: people are shown by display name.
        foreach (var name in identity.FindAll(PlatformClaims.Name).ToList())
        {
            identity.RemoveClaim(name);
        }

        identity.AddClaim(new Claim(PlatformClaims.Name, user.DisplayName));
        if (await credentials.PersonAsync(user.Id, CancellationToken.None) is { } status)
        {
            identity.AddClaims(status.RoleClaims.Select(role => new Claim(PlatformClaims.Role, role)));
        }

        return identity;
    }

    /// <summary>The same claims for a bearer token, built from the cached status instead of the user manager's queries.</summary>
    public static ClaimsPrincipal ForToken(PersonStatus person)
    {
        var identity = new ClaimsIdentity(PlatformSchemes.AccessToken, PlatformClaims.Name, PlatformClaims.Role);
        identity.AddClaim(new Claim(PlatformClaims.PersonId, person.Id.ToString()));
        identity.AddClaim(new Claim(PlatformClaims.Name, person.DisplayName));
        if (person.Email is not null)
        {
            identity.AddClaim(new Claim(IdentityClaims.Email, person.Email));
        }

        identity.AddClaims(person.RoleClaims.Select(role => new Claim(PlatformClaims.Role, role)));
        return new ClaimsPrincipal(identity);
    }

    /// <summary>
    /// The principal with its role claims replaced by the person's current ones, or null when they already match: a role
    /// granted or revoked takes effect on the person's next request, not at their next sign-in.
    /// </summary>
    public static ClaimsPrincipal? WithCurrentRoles(ClaimsPrincipal principal, PersonStatus person)
    {
        var held = principal.FindAll(PlatformClaims.Role).Select(c => c.Value).Distinct().Order(StringComparer.Ordinal);
        if (held.SequenceEqual(person.RoleClaims, StringComparer.Ordinal) || principal.Identity is not ClaimsIdentity current)
        {
            return null;
        }

        var identity = new ClaimsIdentity(current.Claims.Where(c => c.Type != PlatformClaims.Role), current.AuthenticationType, PlatformClaims.Name, PlatformClaims.Role);
        identity.AddClaims(person.RoleClaims.Select(role => new Claim(PlatformClaims.Role, role)));
        return new ClaimsPrincipal(identity);
    }
}

internal static class IdentityClaims
{
    public const string Email = "email";
}
