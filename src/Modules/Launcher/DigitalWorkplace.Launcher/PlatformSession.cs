using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Primitives;

namespace DigitalWorkplace.Launcher;

/// <summary>The person signed in to the platform in this browser, through the platform cookie.</summary>
internal static class PlatformSession
{
    /// <summary>
    /// The request's user when the default scheme already recognised them (cookie or bearer), otherwise the
    /// platform cookie read explicitly, so browser flows work whatever the host's default scheme is.
    /// </summary>
    public static async Task<Guid?> SignedInPersonAsync(HttpContext http)
    {
        if (PersonIdOf(http.User) is { } current)
        {
            return current;
        }

        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (cookie.Succeeded && PersonIdOf(cookie.Principal) is { } id)
        {
            // So that ICurrentUser sees the same person for the rest of the request.
            http.User = cookie.Principal;
            return id;
        }

        return null;
    }

    /// <summary>
    /// The person signed in with the platform cookie in this browser, and when they proved who they are (null for a session
    /// older than that record). Read from the cookie itself, whose properties hold the moment.
    /// </summary>
    public static async Task<Session?> SignedInSessionAsync(HttpContext http)
    {
        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!cookie.Succeeded || PersonIdOf(cookie.Principal) is not { } id)
        {
            return null;
        }

        http.User = cookie.Principal;
        return new Session(id, SignInMoment.Of(cookie.Properties));
    }

    public sealed record Session(Guid PersonId, DateTimeOffset? SignedInAt);

    /// <summary>Sends the browser to the platform's sign-in page, coming back to this very request (its parameters as <paramref name="afterwards"/> keeps them).</summary>
    public static IResult ChallengeToSignIn(
        HttpContext http, Func<IEnumerable<KeyValuePair<string, StringValues>>, IEnumerable<KeyValuePair<string, StringValues>>>? afterwards = null)
    {
        IEnumerable<KeyValuePair<string, StringValues>> parameters = http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList();
        var returnUrl = http.Request.PathBase + http.Request.Path + QueryString.Create(afterwards?.Invoke(parameters) ?? parameters);
        return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
    }

    private static Guid? PersonIdOf(ClaimsPrincipal? principal) =>
        principal is { Identity.IsAuthenticated: true }
        && Guid.TryParse(principal.FindFirst(PlatformClaims.PersonId)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id)
            ? id
            : null;
}
