using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DigitalWorkplace.SampleApp;

/// <summary>
/// "Shift Planner": a stand-in for a company app that signs people in through the platform with the
/// standard ASP.NET Core OpenID Connect handler (authorization code + PKCE, public client, no secret).
/// </summary>
public static class ShiftPlanner
{
    public const string DefaultAuthority = "http://localhost:5080";
    public const string DefaultClientId = "shift-planner";

    /// <summary>Builds the app; the tests start it in-process on Kestrel with their own settings.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var authority = builder.Configuration["Oidc:Authority"] ?? DefaultAuthority;
        var clientId = builder.Configuration["Oidc:ClientId"] ?? DefaultClientId;

        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            // Named after the client: several sample apps on one host name must not read each other's session.
            .AddCookie(options => options.Cookie.Name = $"ShiftPlanner.{clientId}")
            .AddOpenIdConnect(options =>
            {
                options.Authority = authority;
                options.ClientId = clientId;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.RequireHttpsMetadata = authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
                options.Scope.Clear();
                options.Scope.Add("openid");
                options.Scope.Add("profile");
                options.Scope.Add("email");
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = "name";
                options.GetClaimsFromUserInfoEndpoint = true;
                options.SaveTokens = true;
                // form_post comes back as a cross-site POST, which only carries SameSite=None cookies, and those
                // need HTTPS. The query response mode works over plain HTTP in development as well.
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // The platform may refuse (app disabled, person not assigned): say so instead of failing with a 500.
                options.Events.OnRemoteFailure = async context =>
                {
                    context.HandleResponse();
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.Response.WriteAsync($"Shift Planner — the platform did not sign you in: {context.Failure?.Message}", context.HttpContext.RequestAborted);
                };
            });
        builder.Services.AddAuthorization();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet("/", (ClaimsPrincipal user) => Results.Content(
            $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Shift Planner</title></head>
            <body><h1>Shift Planner — signed in as {HtmlEncoder.Default.Encode(user.Identity?.Name ?? "?")}</h1>
            <p>{HtmlEncoder.Default.Encode(user.FindFirstValue("email") ?? string.Empty)}</p>
            <form method="post" action="/signout"><button>Sign out</button></form></body></html>
            """,
            "text/html; charset=utf-8"))
            .RequireAuthorization();

        // Ends the app's session and the platform's (the provider's end-session endpoint).
        app.MapPost("/signout", () => Results.SignOut(
            new AuthenticationProperties { RedirectUri = "/" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]));

        return app;
    }
}
