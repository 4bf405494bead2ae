using System.Globalization;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace DigitalWorkplace.Identity.Features.SignIn;

/// <summary>The sign-in form's fields, as the web UI's /login page posts them (with its antiforgery token).</summary>
internal sealed class LoginForm
{
    /// <summary>The e-mail address or the handle the person signs in with.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>A checkbox: "on"/"true" when ticked, absent otherwise.</summary>
    public string? Remember { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>Cookie sign-in for browsers: a form post that redirects, never JSON; failed attempts are throttled, never locked out.</summary>
internal static class SignInEndpoint
{
    public const string Path = "/account/login";

    /// <summary>The web UI's page that asks for the authenticator app's code.</summary>
    public const string CodePage = "/login/code";

    // [FromForm] makes the framework validate the antiforgery token before the handler runs.
    public static void Map(IEndpointRouteBuilder root) =>
        root.MapPost(Path, HandleAsync).ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(
        [FromForm] LoginForm form, HttpContext http, IAccountService accounts, SignInThrottle throttle, KnownDevices devices, CancellationToken cancellationToken)
    {
        var account = (form.UserName ?? string.Empty).Trim();
        var returnUrl = LocalUrl.OrHome(form.ReturnUrl);
        var address = http.Connection.RemoteIpAddress;
        var attempt = throttle.Begin(account, address, devices.IsKnown(http.Request, account));
        if (attempt.Wait is { } wait)
        {
            // Refused before the password is even checked, so waiting out the guesses is the only way on.
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            return Results.Redirect($"/login?error=throttled&retryAfter={seconds.ToString(CultureInfo.InvariantCulture)}&returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        var remember = form.Remember is "on" or "true" or "True";
        var signedIn = await accounts.SignInAsync(account, form.Password ?? string.Empty, remember, cancellationToken);
        if (signedIn.Error is { Code: AccountService.CodeRequired })
        {
            throttle.Succeeded(attempt);
            devices.Remember(http, account);
            return Results.Redirect($"{CodePage}?remember={(remember ? "true" : "false")}&returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        if (!signedIn.IsSuccess)
        {
            // Already counted by Begin.
            // One answer for an unknown account or a wrong password: nothing to learn by probing.
            return Results.Redirect($"/login?error=invalid&returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        throttle.Succeeded(attempt);
        devices.Remember(http, account);
        return Results.LocalRedirect(returnUrl);
    }
}
