using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DigitalWorkplace.Testing;

/// <summary>Who the next sign-in at the local authority is, as Entra ID would put it in the id token.</summary>
/// <param name="Expired">Issue a token whose lifetime is already over.</param>
/// <param name="IssuerTenantId">The tenant in the issuer, when a forged token claims another than its <c>tid</c>.</param>
public sealed record EntraIdentity(
    string TenantId, string ObjectId, string Name, string PreferredUsername, string? Email = null, IReadOnlyList<string>? Groups = null,
    bool Expired = false, string? IssuerTenantId = null);

/// <summary>
/// A local OpenID Connect authority shaped like Microsoft Entra ID's v2.0 endpoints, on loopback, so that Entra sign-in is
/// tested end to end without the internet (as Microsoft.Identity.Web's own tests use a simulated authority): tenant-scoped
/// discovery with the <c>{tenantid}</c> issuer template for "organizations", JWKS, an authorization endpoint answering
/// with form_post, a token endpoint that checks the client secret and PKCE, and id tokens with <c>iss</c> =
/// <c>{instance}{tid}/v2.0</c>, <c>tid</c>, <c>oid</c>, <c>preferred_username</c>, <c>name</c>, <c>email</c>, <c>groups</c>.
/// </summary>
public sealed class LocalEntraAuthority : IAsyncDisposable
{
    public const string ClientId = "6731de76-14a6-49ae-97bc-6eba6914391e";
    public const string ClientSecret = "local-authority-secret";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "local-key" };
    private readonly ConcurrentDictionary<string, PendingCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<EntraIdentity> _next = new();

    private static readonly string[] ResponseTypes = ["code", "id_token", "code id_token"];
    private static readonly string[] ResponseModes = ["query", "fragment", "form_post"];
    private static readonly string[] SubjectTypes = ["pairwise"];
    private static readonly string[] Algorithms = ["RS256"];
    private static readonly string[] Scopes = ["openid", "profile", "email", "offline_access"];
    private static readonly string[] ClientAuthentications = ["client_secret_post", "client_secret_basic"];
    private static readonly string[] ClaimNames = ["sub", "iss", "aud", "exp", "iat", "nonce", "name", "preferred_username", "email", "oid", "tid", "ver", "groups"];

    private LocalEntraAuthority(WebApplication app) => _app = app;

    /// <summary>The instance (<c>AzureAd:Instance</c>), e.g. http://127.0.0.1:5123/.</summary>
    public Uri Instance { get; private set; } = null!;

    public static async Task<LocalEntraAuthority> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var authority = new LocalEntraAuthority(builder.Build());
        authority.MapEndpoints();
        await authority._app.StartAsync();
        var address = authority._app.Urls.First();
        authority.Instance = new Uri(address.TrimEnd('/') + "/");
        return authority;
    }

    /// <summary>The settings that point the platform's <c>AzureAd</c> section at this authority, multi-tenant, with an allow-list.</summary>
    public IReadOnlyDictionary<string, string?> Settings(params string[] allowedTenants)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = Instance.ToString(),
            ["AzureAd:TenantId"] = "organizations",
            ["AzureAd:ClientId"] = ClientId,
            ["AzureAd:ClientSecret"] = ClientSecret,
            ["AzureAd:CallbackPath"] = "/signin-oidc",
            // Loopback only: the real Entra ID is https.
            ["AzureAd:RequireHttpsMetadata"] = "false",
        };
        for (var i = 0; i < allowedTenants.Length; i++)
        {
            settings[$"Identity:Entra:AllowedTenants:{i}"] = allowedTenants[i];
        }

        return settings;
    }

    /// <summary>The identity the next visit to the authorization endpoint signs in as (a person typing their Microsoft password).</summary>
    public void SignInNextAs(EntraIdentity identity) => _next.Enqueue(identity);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void MapEndpoints()
    {
        _app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = $"{Base}/{(tenant is "organizations" or "common" ? "{tenantid}" : tenant)}/v2.0",
            ["authorization_endpoint"] = $"{Base}/{tenant}/oauth2/v2.0/authorize",
            ["token_endpoint"] = $"{Base}/{tenant}/oauth2/v2.0/token",
            ["end_session_endpoint"] = $"{Base}/{tenant}/oauth2/v2.0/logout",
            ["jwks_uri"] = $"{Base}/{tenant}/discovery/v2.0/keys",
            ["response_types_supported"] = ResponseTypes,
            ["response_modes_supported"] = ResponseModes,
            ["subject_types_supported"] = SubjectTypes,
            ["id_token_signing_alg_values_supported"] = Algorithms,
            ["scopes_supported"] = Scopes,
            ["token_endpoint_auth_methods_supported"] = ClientAuthentications,
            ["claims_supported"] = ClaimNames,
        }));
        _app.MapGet("/{tenant}/discovery/v2.0/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        });
        _app.MapGet("/{tenant}/oauth2/v2.0/authorize", Authorize);
        _app.MapPost("/{tenant}/oauth2/v2.0/token", TokenAsync);
    }

    private string Base => Instance.ToString().TrimEnd('/');

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (!_next.TryDequeue(out var identity))
        {
            return Results.BadRequest("Nobody is signing in: call SignInNextAs first.");
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new PendingCode(identity, query["client_id"].ToString(), query["redirect_uri"].ToString(), query["nonce"].ToString(), query["code_challenge"].ToString());
        var redirect = query["redirect_uri"].ToString();
        var state = query["state"].ToString();
        if (query["response_mode"] == "form_post")
        {
            // What Entra answers: a page that posts the code back at once.
            var html = new StringBuilder("<!doctype html><html><body onload=\"document.forms[0].submit()\">");
            html.Append(CultureInfoInvariant($"<form method=\"post\" action=\"{HtmlEncoder.Default.Encode(redirect)}\">"));
            html.Append(CultureInfoInvariant($"<input type=\"hidden\" name=\"code\" value=\"{code}\"/><input type=\"hidden\" name=\"state\" value=\"{HtmlEncoder.Default.Encode(state)}\"/>"));
            html.Append("<noscript><button type=\"submit\">Continue</button></noscript></form></body></html>");
            return Results.Content(html.ToString(), "text/html");
        }

        return Results.Redirect($"{redirect}?code={code}&state={Uri.EscapeDataString(state)}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var (clientId, secret) = ClientCredentials(request, form);
        if (!_codes.TryRemove(form["code"].ToString(), out var pending) || pending.ClientId != clientId || secret != ClientSecret
            || pending.RedirectUri != form["redirect_uri"].ToString() || !PkceMatches(pending.CodeChallenge, form["code_verifier"].ToString()))
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var identity = pending.Identity;
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["ver"] = "2.0",
            ["tid"] = identity.TenantId,
            ["oid"] = identity.ObjectId,
            ["sub"] = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(identity.ObjectId + clientId)))[..43],
            ["name"] = identity.Name,
            ["preferred_username"] = identity.PreferredUsername,
            ["nonce"] = pending.Nonce,
        };
        if (identity.Email is { } email)
        {
            claims["email"] = email;
        }

        if (identity.Groups is { } groups)
        {
            claims["groups"] = groups.ToArray();
        }

        var issued = identity.Expired ? now.AddHours(-2) : now;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"{Base}/{identity.IssuerTenantId ?? identity.TenantId}/v2.0",
            Audience = clientId,
            Claims = claims,
            IssuedAt = issued,
            NotBefore = issued,
            Expires = issued.AddHours(1),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new { token_type = "Bearer", scope = "openid profile email", expires_in = 3600, access_token = Guid.NewGuid().ToString("N"), id_token = idToken });
    }

    private static (string ClientId, string Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
        }

        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }

    private static bool PkceMatches(string challenge, string verifier) =>
        challenge.Length == 0 || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) == challenge;

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);

    private sealed record PendingCode(EntraIdentity Identity, string ClientId, string RedirectUri, string Nonce, string CodeChallenge);
}
