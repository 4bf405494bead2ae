using System.Security.Claims;
using System.Text.Encodings.Web;
using DigitalWorkplace.Identity.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DigitalWorkplace.Identity.Authentication;

/// <summary>
/// Authenticates "Authorization: Bearer dwp_..." (or, for SignalR, "?access_token=" on /hubs): the token's hash must
/// exist, be neither revoked nor expired, and belong to a person whose account has not ended. Answered from
/// <see cref="Credentials"/> (memory, invalidated at once on revocation), so a request costs no query.
/// </summary>
internal sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    Credentials credentials,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>Writing on every request would turn reads into writes; a minute's precision is plenty for "last used".</summary>
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!AccessTokenSecrets.LooksLikeToken(token))
        {
            return AuthenticateResult.Fail("Malformed access token.");
        }

        var hash = AccessTokenSecrets.Hash(token);
        if (await credentials.ValidTokenAsync(hash, Context.RequestAborted) is not var (grant, person))
        {
            return AuthenticateResult.Fail("Invalid, revoked or expired access token.");
        }

        var now = clock.GetUtcNow();
        if (grant.LastUsedAt is null || grant.LastUsedAt < now - LastUsedPrecision)
        {
            grant.LastUsedAt = now;
            var db = Context.RequestServices.GetRequiredService<IdentityModuleDbContext>();
            await db.AccessTokens.Where(t => t.Id == grant.TokenId).ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var principal = PersonClaimsPrincipalFactory.ForToken(person);
        ((ClaimsIdentity)principal.Identity!).AddClaim(Credentials.TokenCredential(hash));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    /// <summary>The bearer token of the request, if it carries one the platform scheme would forward here.</summary>
    public static string? ReadToken(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        // Browsers cannot set headers on WebSockets, so SignalR clients send the token in the query string.
        return request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase)
            && request.Query.TryGetValue("access_token", out var fromQuery)
            && !string.IsNullOrEmpty(fromQuery.ToString())
            ? fromQuery.ToString()
            : null;
    }
}
