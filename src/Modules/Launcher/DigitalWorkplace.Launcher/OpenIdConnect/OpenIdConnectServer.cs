using DigitalWorkplace.Launcher.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DigitalWorkplace.Launcher.OpenIdConnect;

/// <summary>The platform as the OpenID Connect provider of its apps (OpenIddict, stored in the launcher schema).</summary>
internal static class OpenIdConnectServer
{
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string UserInfoPath = "/connect/userinfo";
    public const string EndSessionPath = "/connect/endsession";

    /// <summary>The scopes apps may ask for; the claims they carry are decided in <see cref="PersonIdentity"/>.</summary>
    public static readonly string[] SupportedScopes = [Scopes.OpenId, Scopes.Profile, Scopes.Email];

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
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                // "plain" PKCE protects nothing once the request is seen; only S256 is offered.
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                server.RegisterScopes(SupportedScopes);
                server.RegisterClaims(Claims.Subject, Claims.Name, Claims.Email);

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
