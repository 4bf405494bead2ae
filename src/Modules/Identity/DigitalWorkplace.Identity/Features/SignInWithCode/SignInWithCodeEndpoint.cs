using DigitalWorkplace.Identity.Auditing;
using System.Globalization;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

using DigitalWorkplace.Identity.Features.SignIn;

namespace DigitalWorkplace.Identity.Features.SignInWithCode;

/// <summary>The second step's fields, posted by the /login/code page.</summary>
internal sealed class CodeForm
{
    /// <summary>The app's six digits, or one of the recovery codes.</summary>
    public string? Code { get; set; }

    public string? Remember { get; set; }

    /// <summary>"Don't ask on this device again" (Identity's remembered-device cookie).</summary>
    public string? RememberDevice { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>
/// The second step of signing in: the person whose password was right (Identity's two-factor cookie says who) gives the
/// authenticator app's code, accepted once, or a recovery code, spent with it. Wrong codes are throttled per person.
/// </summary>
internal static class SignInWithCodeEndpoint
{
    public const string Path = "/account/login/code";

    public static void Map(IEndpointRouteBuilder root) =>
        root.MapPost(Path, HandleAsync).ExcludeFromDescription();

    private static async Task<IResult> HandleAsync([FromForm] CodeForm form, HttpContext http, SignInManager<Person> signIn, SignInThrottle throttle, SignInAudit signIns)
    {
        var returnUrl = LocalUrl.OrHome(form.ReturnUrl);
        var remember = form.Remember is "on" or "true" or "True";
        var again = $"{SignInEndpoint.CodePage}?remember={(remember ? "true" : "false")}&returnUrl={Uri.EscapeDataString(returnUrl)}";
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } person)
        {
            // The half-way cookie expired (five minutes) or never was: start again from the password.
            return Results.Redirect($"/login?error=expired&returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        var attempt = throttle.Begin("code:" + person.Id.ToString("N"), http.Connection.RemoteIpAddress, fromKnownDevice: false);
        if (attempt.Wait is { } wait)
        {
            return Results.Redirect($"{again}&error=throttled&retryAfter={((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture)}");
        }

        var code = (form.Code ?? string.Empty).Trim();
        var digits = new string([.. code.Where(char.IsDigit)]);
        var result = digits.Length == 6 && digits.Length == code.Replace(" ", string.Empty, StringComparison.Ordinal).Length
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, remember, rememberClient: form.RememberDevice is "on" or "true" or "True")
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (!result.Succeeded)
        {
            await signIns.RecordAsync(SignInAudit.CodeFailed, person, http.RequestAborted);
            return Results.Redirect($"{again}&error=invalid");
        }

        throttle.Succeeded(attempt);
        await signIns.RecordAsync(SignInAudit.Succeeded, person, http.RequestAborted);
        return Results.LocalRedirect(returnUrl);
    }
}
