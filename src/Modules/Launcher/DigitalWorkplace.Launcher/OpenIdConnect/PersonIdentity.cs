using System.Globalization;
using System.Security.Claims;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DigitalWorkplace.Launcher.OpenIdConnect;

/// <summary>
/// What an app learns about the person it signs in, decided by the scopes granted (see <see cref="AppScopes"/>), read
/// fresh from the directory at every sign-in, refresh and userinfo call: a new location or role reaches the app at once.
/// </summary>
internal static class PersonIdentity
{
    public const string LocationClaim = "location";
    public const string LocationIdClaim = "location_id";
    public const string EmploymentTypeClaim = "employment_type";

    /// <summary>The claims a token or userinfo carries: <c>sub</c>, then each granted scope's.</summary>
    public static IEnumerable<(string Type, string Value)> ClaimsOf(PersonForApps person, IReadOnlyCollection<string> scopes)
    {
        var summary = person.Person;
        yield return (OpenIddictConstants.Claims.Subject, summary.Id.ToString());
        if (scopes.Contains(AppScopes.Profile))
        {
            yield return (OpenIddictConstants.Claims.Name, summary.DisplayName);
            if (person.Locale is { } locale)
            {
                yield return (OpenIddictConstants.Claims.Locale, locale);
            }
        }

        if (scopes.Contains(AppScopes.Email) && summary.Email is { } email)
        {
            yield return (OpenIddictConstants.Claims.Email, email);
        }

        if (scopes.Contains(AppScopes.Location) && summary.OrgUnitId is { } unit)
        {
            yield return (LocationIdClaim, unit.ToString());
            if (summary.OrgUnitName is { } name)
            {
                yield return (LocationClaim, name);
            }
        }

        if (scopes.Contains(AppScopes.Roles))
        {
            foreach (var role in person.Roles)
            {
                yield return (OpenIddictConstants.Claims.Role, role);
            }
        }

        if (scopes.Contains(AppScopes.Employment))
        {
            yield return (EmploymentTypeClaim, summary.EmploymentType.ToString().ToLowerInvariant());
        }
    }

    /// <summary>The principal OpenIddict turns into tokens; <paramref name="signedInAt"/> becomes <c>auth_time</c>.</summary>
    public static ClaimsPrincipal For(PersonForApps person, IEnumerable<string> scopes, DateTimeOffset? signedInAt)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, OpenIddictConstants.Claims.Name, OpenIddictConstants.Claims.Role);
        var granted = scopes.Intersect(OpenIdConnectServer.SupportedScopes, StringComparer.Ordinal).ToList();
        identity.SetScopes(granted);
        foreach (var (type, value) in ClaimsOf(person, granted))
        {
            identity.AddClaim(new Claim(type, value));
        }

        if (signedInAt is { } moment)
        {
            // A number, as OpenIddict checks.
            identity.AddClaim(new Claim(OpenIddictConstants.Claims.AuthenticationTime, moment.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        }

        // auth_time only in the id token (it is about the sign-in, not the API call); the rest in both.
        identity.SetDestinations(static claim => claim.Type == OpenIddictConstants.Claims.AuthenticationTime
            ? [Destinations.IdentityToken]
            : [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The userinfo response for an access token's person (several roles: an array).</summary>
    public static Dictionary<string, object> UserInfo(PersonForApps person, ClaimsPrincipal accessToken)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var group in ClaimsOf(person, [.. accessToken.GetScopes()]).GroupBy(c => c.Type, StringComparer.Ordinal))
        {
            claims[group.Key] = group.Key == OpenIddictConstants.Claims.Role ? group.Select(c => c.Value).ToArray() : group.First().Value;
        }

        return claims;
    }
}
