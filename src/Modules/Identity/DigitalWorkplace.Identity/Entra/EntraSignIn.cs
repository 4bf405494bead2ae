using System.Security.Claims;
using DigitalWorkplace.Identity.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace DigitalWorkplace.Identity.Entra;

/// <summary>
/// "Sign in with Microsoft" through Microsoft.Identity.Web, when <c>AzureAd:ClientId</c> is configured. The OpenID
/// Connect handler signs into Identity's external cookie; <c>SignInWithEntraEndpoint</c> then finds the person by the
/// token's object id and tenant id (never by e-mail), creates them just in time, and signs them in with the application
/// cookie. Only the allowed tenants' tokens pass issuer validation.
/// </summary>
internal static partial class EntraSignIn
{
    public const string Scheme = "Entra";

    /// <summary>The login provider name of the link between a person and their Entra identity ("{tid}/{oid}").</summary>
    public const string LoginProvider = "Entra";

    /// <summary>The authentication method of a session signed in through Entra (its MFA is Entra's, not ours).</summary>
    public const string Method = "Entra";

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["AzureAd:ClientId"]);

    public static void AddEntraSignIn(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var section = configuration.GetSection("AzureAd");
        Validate(section);
        var allowed = AllowedTenants(configuration);
        authentication.AddMicrosoftIdentityWebApp(section, openIdConnectScheme: Scheme, cookieScheme: null, displayName: "Microsoft");
        var instance = section["Instance"];
        // Runs after Microsoft.Identity.Web's own configuration (registered later), so its issuer validator (any tenant) is
        // replaced, and before the handler's post-configuration, which checks that the authority is https.
        authentication.Services.Configure<OpenIdConnectOptions>(Scheme, options =>
        {
            // Only a test's loopback authority is http; the real Entra ID is not.
            options.RequireHttpsMetadata = section.GetValue("RequireHttpsMetadata", defaultValue: true);
            // Into Identity's external cookie, for a moment: the platform's own session is made once the person is found.
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.TokenValidationParameters.IssuerValidator = (issuer, token, _) => ValidIssuer(issuer, token, instance, allowed);
            options.Events.OnRemoteFailure = FailedAsync;
        });
    }

    /// <summary>
    /// A misconfigured section would fail every request (the handler is built on each one): said once, at start-up,
    /// with what to fix.
    /// </summary>
    private static void Validate(IConfigurationSection section)
    {
        if (!Uri.TryCreate(section["Instance"] ?? "https://login.microsoftonline.com/", UriKind.Absolute, out var instance)
            || (instance.Scheme != Uri.UriSchemeHttps && section.GetValue("RequireHttpsMetadata", defaultValue: true)))
        {
            throw new InvalidOperationException("AzureAd:Instance must be an https address, such as https://login.microsoftonline.com/.");
        }

        if (string.IsNullOrWhiteSpace(section["TenantId"]))
        {
            throw new InvalidOperationException("AzureAd:TenantId is required: your tenant's id, or \"organizations\" with Identity:Entra:AllowedTenants.");
        }

        if (string.IsNullOrWhiteSpace(section["ClientSecret"]) && !section.GetSection("ClientCredentials").GetChildren().Any() && !section.GetSection("ClientCertificates").GetChildren().Any())
        {
            throw new InvalidOperationException("AzureAd needs a ClientSecret or ClientCredentials (a certificate) to redeem sign-in codes.");
        }
    }

    /// <summary>The allowed tenants: the list, or the one tenant of <c>AzureAd:TenantId</c>; never "every tenant".</summary>
    public static IReadOnlySet<string> AllowedTenants(IConfiguration configuration)
    {
        var listed = configuration.GetSection(EntraOptions.Section + ":AllowedTenants").Get<string[]>() ?? [];
        var tenant = configuration["AzureAd:TenantId"];
        var single = Guid.TryParse(tenant, out _) ? [tenant!] : Array.Empty<string>();
        return new HashSet<string>(listed.Length > 0 ? listed : single, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A v2.0 issuer of an allowed tenant, and the token's own tenant: <c>{Instance}{tid}/v2.0</c>. A token from any other
    /// tenant — a multi-tenant app's real risk — fails here, before anything reads its claims.
    /// </summary>
    private static string ValidIssuer(string issuer, SecurityToken token, string? instance, IReadOnlySet<string> allowed)
    {
        var tenantId = token switch
        {
            Microsoft.IdentityModel.JsonWebTokens.JsonWebToken jwt when jwt.TryGetPayloadValue<string>("tid", out var tid) => tid,
            _ => null,
        };
        var expected = $"{(instance ?? "").TrimEnd('/')}/{tenantId}/v2.0";
        if (tenantId is null || !allowed.Contains(tenantId) || !string.Equals(issuer, expected, StringComparison.Ordinal))
        {
            throw new SecurityTokenInvalidIssuerException($"The issuer '{issuer}' is not an allowed tenant's.");
        }

        return issuer;
    }

    /// <summary>A refused token (another tenant, expired, forged) or a cancelled sign-in: back to the sign-in page, said, audited.</summary>
    private static async Task FailedAsync(RemoteFailureContext context)
    {
        var services = context.HttpContext.RequestServices;
        LogRefused(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraSignIn)), context.Failure?.Message);
        await services.GetRequiredService<SignInAudit>().RecordAsync(SignInAudit.Failed, null, context.HttpContext.RequestAborted, Method);
        context.Response.Redirect("/login?error=entra");
        context.HandleResponse();
    }

    /// <summary>The Entra identity of an external principal: tenant and object id, the two claims that never change.</summary>
    public static (string TenantId, string ObjectId)? IdentityOf(ClaimsPrincipal principal) =>
        principal.GetTenantId() is { Length: > 0 } tenant && principal.GetObjectId() is { Length: > 0 } objectId ? (tenant, objectId) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "An Entra ID sign-in was refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string? reason);
}
