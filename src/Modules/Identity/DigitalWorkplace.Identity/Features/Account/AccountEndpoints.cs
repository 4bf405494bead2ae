using DigitalWorkplace.Identity.Contracts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Identity.Features.Account;

/// <summary>The sign-in form's fields, as the web UI's /login page posts them (with its antiforgery token).</summary>
internal sealed class LoginForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    /// <summary>A checkbox: "on"/"true" when ticked, absent otherwise.</summary>
    public string? Remember { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>Cookie sign-in and sign-out for browsers: form posts that redirect, never JSON.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountForms(this IEndpointRouteBuilder root)
    {
        var account = root.MapGroup("/account").ExcludeFromDescription();

        // [FromForm] makes the framework validate the antiforgery token before the handler runs.
        account.MapPost("/login", async ([FromForm] LoginForm form, IAccountService accounts, CancellationToken cancellationToken) =>
        {
            var remember = form.Remember is "on" or "true" or "True";
            var signedIn = await accounts.SignInAsync(form.Email ?? string.Empty, form.Password ?? string.Empty, remember, cancellationToken);
            var returnUrl = LocalUrl.IsLocal(form.ReturnUrl) ? form.ReturnUrl! : "/";
            return signedIn.IsSuccess
                ? Results.LocalRedirect(returnUrl)
                // One answer for a wrong email, a wrong password or a locked account: nothing to learn by probing.
                : Results.Redirect($"/login?error=invalid&returnUrl={Uri.EscapeDataString(returnUrl)}");
        });

        account.MapPost("/logout", async (HttpContext context, IAntiforgery antiforgery, IAccountService accounts) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            await accounts.SignOutAsync();
            return Results.Redirect("/login");
        });
    }
}

internal static class LocalUrl
{
    /// <summary>Same rule as MVC's Url.IsLocalUrl: a rooted path that cannot be read as another host ("//x", "/\x").</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && ((url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')))
            || (url.Length > 1 && url[0] == '~' && url[1] == '/' && (url.Length == 2 || (url[2] != '/' && url[2] != '\\'))))
        && !url.Any(char.IsControl);
}
