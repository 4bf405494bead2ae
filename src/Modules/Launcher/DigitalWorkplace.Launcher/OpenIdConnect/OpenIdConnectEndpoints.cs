using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DigitalWorkplace.Launcher.OpenIdConnect;

/// <summary>
/// The pass-through endpoints: OpenIddict validates each protocol request first (client, redirect URI, PKCE,
/// scopes, tokens), then these decide who is signed in and what they may open.
/// </summary>
internal static class OpenIdConnectEndpoints
{
    private static readonly string[] GetAndPost = [HttpMethods.Get, HttpMethods.Post];

    public static void Map(IEndpointRouteBuilder root)
    {
        root.MapMethods(OpenIdConnectServer.AuthorizePath, GetAndPost, AuthorizeAsync).DisableAntiforgery().ExcludeFromDescription();
        root.MapPost(OpenIdConnectServer.TokenPath, ExchangeAsync).DisableAntiforgery().ExcludeFromDescription();
        root.MapMethods(OpenIdConnectServer.UserInfoPath, GetAndPost, UserInfoAsync).DisableAntiforgery().ExcludeFromDescription();
        root.MapMethods(OpenIdConnectServer.EndSessionPath, GetAndPost, EndSessionAsync).DisableAntiforgery().ExcludeFromDescription();
    }

    /// <summary>
    /// Signs the person into the app with their platform session, or sends them to the sign-in page first: when they have
    /// none, when the app asks for a fresh sign-in (<c>prompt=login</c>), or when theirs is older than the app's
    /// <c>max_age</c>. With <c>prompt=none</c> the app gets <c>login_required</c> instead of a page.
    /// </summary>
    private static async Task<IResult> AuthorizeAsync(
        HttpContext http, IPeopleDirectory people, LauncherDbContext db, AppAccessPolicy policy, TimeProvider clock, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await PlatformSession.SignedInSessionAsync(http);
        var tooOld = request.MaxAge is { } maxAge && (session?.SignedInAt is not { } at || clock.GetUtcNow() - at > TimeSpan.FromSeconds(maxAge));
        if (session is null || request.HasPromptValue(PromptValues.Login) || tooOld)
        {
            return request.HasPromptValue(PromptValues.None)
                ? Refuse(Errors.LoginRequired, "The person must sign in.")
                : PlatformSession.ChallengeToSignIn(http, afterwards: WithoutSignInDemands);
        }

        var person = await people.ForAppsAsync(session.PersonId, cancellationToken);
        var tile = await db.AppTiles.AsNoTracking().SingleOrDefaultAsync(t => t.ClientId == request.ClientId, cancellationToken);
        if (person is null || !await policy.MaySignInToAsync(person.Person.Id, tile, cancellationToken))
        {
            return Refuse(Errors.AccessDenied, "This app is not available to you.");
        }

        // The network's own apps (consent type implicit): no consent screen.
        return Results.SignIn(PersonIdentity.For(person, request.GetScopes(), session.SignedInAt), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// The authorization request to come back to once signed in again: without <c>prompt=login</c> and <c>max_age</c>,
    /// which the fresh sign-in has just met (kept, they would send the person round again; the id token's
    /// <c>auth_time</c> says when it happened).
    /// </summary>
    private static IEnumerable<KeyValuePair<string, StringValues>> WithoutSignInDemands(IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            if (name == Parameters.MaxAge)
            {
                continue;
            }

            if (name == Parameters.Prompt)
            {
                var others = string.Join(' ', value.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p != PromptValues.Login));
                if (others.Length > 0)
                {
                    yield return new(name, others);
                }

                continue;
            }

            yield return new(name, value);
        }
    }

    /// <summary>
    /// Turns an authorization code or a refresh token into tokens. OpenIddict has validated it first (and revoked the
    /// whole sign-in if a used refresh token came back); here the person is read again and the policy asked again, so
    /// someone who left the app's audiences, or whose account or guest access ended, gets no more tokens.
    /// </summary>
    private static async Task<IResult> ExchangeAsync(
        HttpContext http, IPeopleDirectory people, LauncherDbContext db, AppAccessPolicy policy, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "Only the authorization code and refresh token grants are supported.");
        }

        var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        PersonForApps? person = null;
        if (granted.Principal is not null && Guid.TryParse(granted.Principal.GetClaim(Claims.Subject), out var personId))
        {
            person = await people.ForAppsAsync(personId, cancellationToken);
        }

        var tile = await db.AppTiles.AsNoTracking().SingleOrDefaultAsync(t => t.ClientId == request.ClientId, cancellationToken);
        if (person is null || !await policy.MaySignInToAsync(person.Person.Id, tile, cancellationToken)
            || await applications.FindByClientIdAsync(request.ClientId!, cancellationToken) is not { } client)
        {
            return Refuse(Errors.InvalidGrant, "The person may no longer use this app.");
        }

        // Scopes an administrator has since taken from the app are no longer released, even to a refresh token granted before.
        var grant = granted.Principal!;
        var scopes = new List<string>();
        foreach (var scope in grant.GetScopes())
        {
            if (scope == Scopes.OpenId || await applications.HasPermissionAsync(client, Permissions.Prefixes.Scope + scope, cancellationToken))
            {
                scopes.Add(scope);
            }
        }

        var signedInAt = long.TryParse(grant.GetClaim(Claims.AuthenticationTime), System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : (DateTimeOffset?)null;
        var principal = PersonIdentity.For(person, scopes, signedInAt);
        // The same authorization as the code's: a reused refresh token then revokes every token of this sign-in.
        principal.SetAuthorizationId(grant.GetAuthorizationId());
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> UserInfoAsync(
        HttpContext http, IPeopleDirectory people, LauncherDbContext db, AppAccessPolicy policy, CancellationToken cancellationToken)
    {
        var token = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var person = token.Succeeded && Guid.TryParse(token.Principal.GetClaim(Claims.Subject), out var personId)
            ? await people.ForAppsAsync(personId, cancellationToken)
            : null;
        // The app that holds the token must still be one the person may use (enabled, in its audiences), as at the token endpoint.
        var clients = token.Succeeded ? token.Principal.GetPresenters() : [];
        var tile = clients.Length == 1 ? await db.AppTiles.AsNoTracking().SingleOrDefaultAsync(t => t.ClientId == clients[0], cancellationToken) : null;
        if (person is null || !await policy.MaySignInToAsync(person.Person.Id, tile, cancellationToken))
        {
            return Results.Challenge(ErrorProperties(Errors.InvalidToken, "The access token no longer names an active person who may use this app."), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        return Results.Ok(PersonIdentity.UserInfo(person, token.Principal!));
    }

    /// <summary>
    /// Signs out of the platform too, then back to the app's post-logout address — but only when the person asked for it:
    /// a POST of the confirmation page (with its antiforgery token), or a request carrying an <c>id_token_hint</c> that
    /// OpenIddict validated and that names the person signed in here. A bare GET (an image tag on another site, say)
    /// gets the confirmation page instead, with the request's parameters carried along.
    /// </summary>
    private static async Task<IResult> EndSessionAsync(HttpContext http, IAccountService accounts, IAntiforgery antiforgery)
    {
        var signedIn = await PlatformSession.SignedInPersonAsync(http);
        var confirmed = HttpMethods.IsPost(http.Request.Method) && await antiforgery.IsRequestValidAsync(http);
        if (signedIn is not null && !confirmed && !await HintNamesAsync(http, signedIn.Value))
        {
            var parameters = http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList();
            return Results.Redirect(LauncherPages.ConfirmSignOut + QueryString.Create(parameters.Where(p => p.Key != "__RequestVerificationToken")));
        }

        if (signedIn is not null)
        {
            await accounts.SignOutAsync();
        }

        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<bool> HintNamesAsync(HttpContext http, Guid personId)
    {
        if (http.GetOpenIddictServerRequest()?.IdTokenHint is null)
        {
            return false;
        }

        var hint = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return hint.Principal?.GetClaim(Claims.Subject) == personId.ToString();
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(ErrorProperties(error, description), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static AuthenticationProperties ErrorProperties(string error, string description) =>
        new(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        });
}
