using System.Text.RegularExpressions;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using OpenIddict.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DigitalWorkplace.Launcher.OpenIdConnect;

/// <summary>The platform as the OpenID Connect provider of its apps (OpenIddict, stored in the launcher schema).</summary>
internal static partial class OpenIdConnectServer
{
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string UserInfoPath = "/connect/userinfo";
    public const string EndSessionPath = "/connect/endsession";

    /// <summary>The scopes apps may ask for; the claims they carry are decided in <see cref="PersonIdentity"/>.</summary>
    public static readonly string[] SupportedScopes = [Scopes.OpenId, .. AppScopes.All];

    [GeneratedRegex("^[A-Za-z0-9_-]{43,128}$")]
    private static partial Regex CodeChallengePattern();

    public static IServiceCollection AddOpenIdConnectServer(this IServiceCollection services, IConfiguration configuration)
    {
        // TLS ends at the reverse proxy in production, so plain HTTP is accepted unless asked otherwise.
        var requireHttps = configuration.GetValue("Launcher:RequireHttps", defaultValue: false);
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<LauncherDbContext>())
            .AddServer(server =>
            {
                server
                    .SetAuthorizationEndpointUris(AuthorizePath)
                    .SetTokenEndpointUris(TokenPath)
                    .SetUserInfoEndpointUris(UserInfoPath)
                    .SetEndSessionEndpointUris(EndSessionPath);
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowRefreshTokenFlow();
                // Refresh tokens roll (each use gives a new one) and a used one presented again revokes the whole
                // authorization — every token of that sign-in — with no grace period unless one is configured.
                var reuseLeeway = configuration.GetValue<TimeSpan?>("Launcher:RefreshTokenReuseLeeway");
                server.SetRefreshTokenReuseLeeway(reuseLeeway is { } leeway && leeway > TimeSpan.Zero ? leeway : null);
                // "plain" PKCE protects nothing once the request is seen; only S256 is offered.
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                server.RegisterScopes(SupportedScopes);
                // RFC 7636: an S256 challenge is base64url; anything outside 43-128 such characters is not one.
                server.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler =>
                    handler.UseInlineHandler(context =>
                    {
                        if (context.Request.CodeChallenge is { } challenge && !CodeChallengePattern().IsMatch(challenge))
                        {
                            context.Reject(Errors.InvalidRequest, "The code_challenge must be 43 to 128 base64url characters (RFC 7636).");
                        }

                        return default;
                    }));
                server.RegisterClaims(
                    Claims.Subject, Claims.Name, Claims.Email, Claims.Locale, Claims.Role, Claims.AuthenticationTime,
                    PersonIdentity.LocationClaim, PersonIdentity.LocationIdClaim, PersonIdentity.EmploymentTypeClaim);

                // Development keys (generated once per machine, kept in the user's certificate store). Several
                // nodes need the same real certificates: see docs/modules/launcher.md.
                server.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
                // Relying parties read the access token themselves (signed JWT, not encrypted).
                server.DisableAccessTokenEncryption();

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!requireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
        return services;
    }
}
