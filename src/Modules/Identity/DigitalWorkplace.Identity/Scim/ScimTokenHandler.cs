using System.Security.Claims;
using System.Text.Encodings.Web;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalWorkplace.Identity.Scim;

/// <summary>
/// Authenticates a directory on <c>/scim/v2</c> by its "dws_" token. The principal is no person (its id is empty, it
/// holds no role), so the token opens nothing but the SCIM requests, whose authorizer asks for <see cref="ClientClaim"/>.
/// Looked up on every request: a revoked token stops at once, on every node.
/// </summary>
internal sealed class ScimTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string ClientClaim = "scim_client";

    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = AccessTokenHandler.ReadToken(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!AccessTokenSecrets.LooksLikeToken(token, AccessTokenSecrets.ScimPrefix))
        {
            return AuthenticateResult.Fail("Not a SCIM token.");
        }

        var hash = AccessTokenSecrets.Hash(token);
        var db = Context.RequestServices.GetRequiredService<IdentityModuleDbContext>();
        var client = await db.ScimClients.AsNoTracking().Where(c => c.Hash == hash && c.RevokedAt == null)
            .Select(c => new { c.Id, c.Name, c.LastUsedAt }).FirstOrDefaultAsync(Context.RequestAborted);
        if (client is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked SCIM token.");
        }

        var now = clock.GetUtcNow();
        if (client.LastUsedAt is null || client.LastUsedAt < now - LastUsedPrecision)
        {
            await db.ScimClients.Where(c => c.Id == client.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.LastUsedAt, now), Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
            [new Claim(PlatformClaims.PersonId, Guid.Empty.ToString()), new Claim(ClientClaim, client.Id.ToString()), new Claim(PlatformClaims.ClientName, $"SCIM: {client.Name}")],
            Scheme.Name, PlatformClaims.Name, PlatformClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    /// <summary>SCIM clients expect a SCIM error body with the 401.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"scim\"";
        await ScimResults.WriteErrorAsync(Response, StatusCodes.Status401Unauthorized, null, "A valid SCIM bearer token is required.");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await ScimResults.WriteErrorAsync(Response, StatusCodes.Status403Forbidden, null, "This token may not provision.");
    }
}
