using System.Text.Encodings.Web;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DigitalWorkplace.Identity.Authentication;

/// <summary>
/// Authenticates "Authorization: Bearer dwp_..." (or, for SignalR, "?access_token=" on /hubs): the token's hash must
/// exist, be neither revoked nor expired, and belong to a person whose account is neither expired nor locked out.
/// </summary>
internal sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IdentityModuleDbContext db,
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
        var administrator = AdministratorRole.Id;
        var found = await db.AccessTokens
            .Where(t => t.Hash == hash)
            .Join(db.Users, t => t.PersonId, p => p.Id, (t, p) => new
            {
                t.Id,
                t.ExpiresAt,
                t.RevokedAt,
                t.LastUsedAt,
                PersonId = p.Id,
                p.DisplayName,
                p.Email,
                p.EndDate,
                p.LockoutEnd,
                IsAdministrator = db.UserRoles.Any(ur => ur.UserId == p.Id && ur.RoleId == administrator),
            })
            .AsNoTracking()
            .FirstOrDefaultAsync(Context.RequestAborted);

        var now = clock.GetUtcNow();
        if (found is null
            || found.RevokedAt is not null
            || found.ExpiresAt <= now
            || found.LockoutEnd > now
            || found.EndDate < DateOnly.FromDateTime(now.UtcDateTime))
        {
            return AuthenticateResult.Fail("Invalid, revoked or expired access token.");
        }

        if (found.LastUsedAt is null || found.LastUsedAt < now - LastUsedPrecision)
        {
            await db.AccessTokens.Where(t => t.Id == found.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var principal = PersonClaimsPrincipalFactory.ForToken(found.PersonId, found.DisplayName, found.Email, found.IsAdministrator);
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
