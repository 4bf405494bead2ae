using DigitalWorkplace.Identity.Authentication;
using Microsoft.Extensions.Options;

namespace DigitalWorkplace.Identity.TwoFactor;

internal sealed class TwoFactorOptions
{
    /// <summary>The role claims (<c>administrator</c>, <c>hr-admin</c>…) whose holders must use a second factor; none by default.</summary>
    public IReadOnlyList<string> RequiredForRoles { get; set; } = [];
}

/// <summary>
/// Enforces the second factor for the roles that must have one: a browser session of such a person without it reaches
/// only the security page (to set it up), signing in and out and the page's assets; the API answers 403
/// <c>two_factor.required</c>. Personal access tokens are not concerned: they are made from a session and revoked with it;
/// nor are sessions signed in through Entra ID, whose second factor is the directory's (its conditional access).
/// </summary>
internal sealed class TwoFactorRequirement(RequestDelegate next, IOptions<TwoFactorOptions> options)
{
    public const string SecurityPage = "/account/security";

    private static readonly string[] Open = [SecurityPage, "/login", "/account", "/api/v1/me/two-factor", "/_framework", "/_content", "/css", "/js", "/lib", "/img", "/culture"];

    public async Task InvokeAsync(HttpContext http, Credentials credentials)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(credentials);
        var required = options.Value.RequiredForRoles;
        if (required.Count == 0 || http.User.Identity?.IsAuthenticated != true || Credentials.TokenHashOf(http.User) is not null
            || http.User.HasClaim(System.Security.Claims.ClaimTypes.AuthenticationMethod, Entra.EntraSignIn.Method)
            || Open.Any(prefix => http.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            || PlatformClaims.PersonIdOf(http.User) is not { } personId
            || await credentials.PersonAsync(personId, http.RequestAborted) is not { TwoFactorEnabled: false } person
            || !person.RoleClaims.Any(role => required.Contains(role, StringComparer.OrdinalIgnoreCase)))
        {
            await next(http);
            return;
        }

        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || http.Request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase))
        {
            await ProblemResults.Problem(StatusCodes.Status403Forbidden, "two_factor.required", "Your role requires two-step sign-in: set it up at /account/security.").ExecuteAsync(http);
            return;
        }

        http.Response.Redirect($"{SecurityPage}?required=true");
    }
}
