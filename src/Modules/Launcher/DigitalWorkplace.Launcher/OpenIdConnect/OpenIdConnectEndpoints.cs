using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
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

    /// <summary>Signs the person into the app with their platform session, or sends them to the sign-in page first.</summary>
    private static async Task<IResult> AuthorizeAsync(HttpContext http, IPeopleDirectory people, LauncherDbContext db, AppAccessPolicy policy, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var personId = await PlatformSession.SignedInPersonAsync(http);
        if (personId is null)
        {
            return request.HasPromptValue(PromptValues.None)
                ? Refuse(Errors.LoginRequired, "The person is not signed in.")
                : PlatformSession.ChallengeToSignIn(http);
        }

        var person = await FindAsync(people, personId.Value, cancellationToken);
        var tile = await db.AppTiles.AsNoTracking().SingleOrDefaultAsync(t => t.ClientId == request.ClientId, cancellationToken);
        if (person is null || !await policy.MaySignInToAsync(person.Id, tile, cancellationToken))
        {
            return Refuse(Errors.AccessDenied, "This app is not available to you.");
        }

        // First-party apps (consent type implicit): no consent screen.
        return Results.SignIn(PersonIdentity.For(person, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>Turns an authorization code into tokens, checking again that the person may still use the app.</summary>
    private static async Task<IResult> ExchangeAsync(HttpContext http, IPeopleDirectory people, LauncherDbContext db, AppAccessPolicy policy, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (!request.IsAuthorizationCodeGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "Only the authorization code flow is supported.");
        }

        var code = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        PersonSummary? person = null;
        if (code.Principal is not null && Guid.TryParse(code.Principal.GetClaim(Claims.Subject), out var personId))
        {
            person = await FindAsync(people, personId, cancellationToken);
        }

        var tile = await db.AppTiles.AsNoTracking().SingleOrDefaultAsync(t => t.ClientId == request.ClientId, cancellationToken);
        if (person is null || !await policy.MaySignInToAsync(person.Id, tile, cancellationToken))
        {
            return Refuse(Errors.InvalidGrant, "The person may no longer use this app.");
        }

        return Results.SignIn(PersonIdentity.For(person, code.Principal!.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> UserInfoAsync(
        HttpContext http, IPeopleDirectory people, LauncherDbContext db, AppAccessPolicy policy, CancellationToken cancellationToken)
    {
        var token = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var person = token.Succeeded && Guid.TryParse(token.Principal.GetClaim(Claims.Subject), out var personId)
            ? await FindAsync(people, personId, cancellationToken)
            : null;
        // The app that holds the token must still be one the person may use (enabled, in its audiences), as at the token endpoint.
        var clients = token.Succeeded ? token.Principal.GetPresenters() : [];
        var tile = clients.Length == 1 ? await db.AppTiles.AsNoTracking().SingleOrDefaultAsync(t => t.ClientId == clients[0], cancellationToken) : null;
        if (person is null || !await policy.MaySignInToAsync(person.Id, tile, cancellationToken))
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

    private static async Task<PersonSummary?> FindAsync(IPeopleDirectory people, Guid personId, CancellationToken cancellationToken) =>
        (await people.GetManyAsync([personId], cancellationToken)).GetValueOrDefault(personId);

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(ErrorProperties(error, description), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static AuthenticationProperties ErrorProperties(string error, string description) =>
        new(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        });
}
