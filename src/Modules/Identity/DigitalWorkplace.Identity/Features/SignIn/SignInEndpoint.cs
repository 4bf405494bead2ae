using DigitalWorkplace.Identity.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace DigitalWorkplace.Identity.Features.SignIn;

/// <summary>The sign-in form's fields, as the web UI's /login page posts them (with its antiforgery token).</summary>
internal sealed class LoginForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    /// <summary>A checkbox: "on"/"true" when ticked, absent otherwise.</summary>
    public string? Remember { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>Cookie sign-in for browsers: a form post that redirects, never JSON.</summary>
internal static class SignInEndpoint
{
    public const string Path = "/account/login";

    // [FromForm] makes the framework validate the antiforgery token before the handler runs.
    public static void Map(IEndpointRouteBuilder root) =>
        root.MapPost(Path, async ([FromForm] LoginForm form, IAccountService accounts, CancellationToken cancellationToken) =>
            {
                var remember = form.Remember is "on" or "true" or "True";
                var signedIn = await accounts.SignInAsync(form.Email ?? string.Empty, form.Password ?? string.Empty, remember, cancellationToken);
                var returnUrl = LocalUrl.OrHome(form.ReturnUrl);
                return signedIn.IsSuccess
                    ? Results.LocalRedirect(returnUrl)
                    // One answer for a wrong email, a wrong password or a locked account: nothing to learn by probing.
                    : Results.Redirect($"/login?error=invalid&returnUrl={Uri.EscapeDataString(returnUrl)}");
            })
            .ExcludeFromDescription();
}
