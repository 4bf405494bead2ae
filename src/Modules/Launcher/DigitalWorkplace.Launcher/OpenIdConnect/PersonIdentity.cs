using System.Security.Claims;
using DigitalWorkplace.Identity.Contracts;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DigitalWorkplace.Launcher.OpenIdConnect;

/// <summary>What an app learns about the person it signs in: who they are, their name and e-mail, as the scopes allow.</summary>
internal static class PersonIdentity
{
    public static ClaimsPrincipal For(PersonSummary person, IEnumerable<string> requestedScopes)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetScopes(requestedScopes.Intersect(OpenIdConnectServer.SupportedScopes, StringComparer.Ordinal));
        identity.SetClaim(Claims.Subject, person.Id.ToString());
        if (identity.HasScope(Scopes.Profile))
        {
            identity.SetClaim(Claims.Name, person.DisplayName);
        }

        if (identity.HasScope(Scopes.Email) && person.Email is not null)
        {
            identity.SetClaim(Claims.Email, person.Email);
        }

        identity.SetDestinations(static _ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The userinfo response for an access token's person.</summary>
    public static Dictionary<string, object> UserInfo(PersonSummary person, ClaimsPrincipal accessToken)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { [Claims.Subject] = person.Id.ToString() };
        if (accessToken.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = person.DisplayName;
        }

        if (accessToken.HasScope(Scopes.Email) && person.Email is not null)
        {
            claims[Claims.Email] = person.Email;
        }

        return claims;
    }
}
