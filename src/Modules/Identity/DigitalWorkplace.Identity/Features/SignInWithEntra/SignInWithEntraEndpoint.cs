using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Auditing;
using DigitalWorkplace.Identity.Entra;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Features.SignInWithEntra;

/// <summary>
/// "Sign in with Microsoft": <c>/account/login/entra</c> hands over to Entra ID (Microsoft.Identity.Web's OpenID Connect
/// handler); back on <c>/account/login/entra/done</c>, the external identity becomes the platform's session for the person
/// it is — found by tenant and object id, made just in time, refused when their account is not active.
/// </summary>
internal static class SignInWithEntraEndpoint
{
    public const string Path = "/account/login/entra";

    public static void Map(IEndpointRouteBuilder root)
    {
        // Without an AzureAd section there is no Microsoft to go to: the address does not exist.
        root.MapGet(Path, (string? returnUrl, Contracts.IExternalSignIn external) => external.MicrosoftAvailable
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = $"{Path}/done?returnUrl={Uri.EscapeDataString(LocalUrl.OrHome(returnUrl))}" }, [EntraSignIn.Scheme])
                : Results.NotFound())
            .ExcludeFromDescription();
        root.MapGet($"{Path}/done", CompleteAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> CompleteAsync(
        string? returnUrl, HttpContext http, EntraAccounts accounts, SignInManager<Person> signIn, SignInAudit signIns,
        Authentication.Credentials credentials, Microsoft.Extensions.Options.IOptions<TwoFactor.TwoFactorOptions> twoFactor, CancellationToken cancellationToken)
    {
        var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded)
        {
            return Results.Redirect("/login?error=entra");
        }

        var found = await accounts.FindOrCreateAsync(external.Principal, cancellationToken);
        if (!found.IsSuccess || !await signIn.CanSignInAsync(found.Value!))
        {
            await signIns.RecordAsync(SignInAudit.Failed, found.Value, cancellationToken, EntraSignIn.Method);
            // No account, or one that is suspended or ended: the same answer, which tells nobody which.
            var reason = found.Error == EntraAccounts.Conflict ? "entra_conflict" : "entra_no_account";
            return Results.Redirect($"/login?error={reason}");
        }

        // A role that must use a second factor signs in through Entra only with Entra's: the token says "mfa" in amr.
        var required = twoFactor.Value.RequiredForRoles;
        if (required.Count > 0 && !external.Principal.FindAll("amr").Any(c => c.Value == "mfa")
            && await credentials.PersonAsync(found.Value!.Id, cancellationToken) is { } status
            && status.RoleClaims.Any(role => required.Contains(role, StringComparer.OrdinalIgnoreCase)))
        {
            await signIns.RecordAsync(SignInAudit.Failed, found.Value, cancellationToken, EntraSignIn.Method);
            return Results.Redirect("/login?error=entra_mfa");
        }

        // The session's authentication method says Entra: its second factor is Entra's, so the local one is not asked.
        await signIn.SignInAsync(found.Value!, isPersistent: false, EntraSignIn.Method);
        await signIns.RecordAsync(SignInAudit.Succeeded, found.Value, cancellationToken, EntraSignIn.Method);
        return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
