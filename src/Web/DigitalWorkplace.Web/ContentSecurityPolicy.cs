using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Web;

/// <summary>The request's script nonce: the one inline script (the import map) carries it, nothing else may run inline.</summary>
internal sealed class CspNonce
{
    // Hex: within the base64 alphabet CSP asks for, and nothing an HTML attribute needs to escape.
    public string Value { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}

internal static class ContentSecurityPolicy
{
    // OpenIddict's form_post answer (the default response mode of ASP.NET Core's OpenID Connect handler) submits its
    // form with exactly "<script>document.form.submit();</script>": allowed by its hash, so nothing else inline runs.
    private const string FormPostScriptHash = "'sha256-j7OoGArf6XW6YY4cAyS3riSSvrJRqpSi1fOF9vQ5SrI='";

    /// <summary>
    /// No inline script or style (user content is sanitised, and this stops what might slip through); scripts, styles,
    /// fonts and connections (the hub's WebSocket included) from this site only; images also from https and data URLs
    /// (pictures in posts); never framed. <c>form-action</c> is left open on purpose: the sign-in form's redirect chain
    /// ends at an app's own address, which a form-action list would block.
    /// </summary>
    public static IApplicationBuilder UseContentSecurityPolicy(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var nonce = context.RequestServices.GetRequiredService<CspNonce>().Value;
            context.Response.Headers.ContentSecurityPolicy =
                $"default-src 'self'; script-src 'self' 'nonce-{nonce}' {FormPostScriptHash}; style-src 'self'; img-src 'self' https: data:; " +
                "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
            return next(context);
        });
}
