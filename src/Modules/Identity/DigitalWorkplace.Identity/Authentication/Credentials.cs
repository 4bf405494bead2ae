using System.Security.Claims;
using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Authentication;

/// <summary>What a bearer token stands for: its person, and whether it still may be used.</summary>
internal sealed record TokenGrant(Guid TokenId, Guid PersonId, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
{
    /// <summary>When it was last recorded as used (kept with the cached grant so the row is written once a minute at most).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}

/// <summary>What authentication needs of a person on every request: who they are, and until when they may sign in.</summary>
internal sealed record PersonStatus(Guid Id, string DisplayName, string? Email, bool IsAdministrator, DateOnly? EndDate)
{
    public bool IsActiveOn(DateOnly today) => EndDate is not { } end || end >= today;
}

/// <summary>
/// Every request's credential check, answered from memory: token grants, sessions and people's status are cached for at
/// most <see cref="CachePolicy.MaxLifetime"/> and stamped, so that revoking a token, signing out or ending an account
/// invalidates them at once on every node (<see cref="ICacheInvalidation"/>). Time limits (expiry, last day) are checked
/// at each use, never cached.
/// </summary>
internal sealed class Credentials(StampedCache cache, TimeProvider clock) : ISignedInCheck
{
    /// <summary>The claim that names a principal's credential: <c>token:{hash}</c> or <c>session:{key}</c>.</summary>
    public const string CredentialClaim = "dw_credential";

    public static string TokenKey(string hash) => "identity.token:" + hash;

    public static string SessionKey(string key) => "identity.session:" + key;

    public static string PersonKey(Guid personId) => "identity.person:" + personId.ToString("N");

    public Task<TokenGrant?> TokenAsync(string hash, CancellationToken cancellationToken) =>
        GetAsync(TokenKey(hash), db => db.AccessTokens.AsNoTracking()
            .Where(t => t.Hash == hash)
            .Select(t => new TokenGrant(t.Id, t.PersonId, t.ExpiresAt, t.RevokedAt) { LastUsedAt = t.LastUsedAt })
            .FirstOrDefaultAsync(cancellationToken));

    public Task<PersonStatus?> PersonAsync(Guid personId, CancellationToken cancellationToken) =>
        GetAsync(PersonKey(personId), db => db.Users.AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => new PersonStatus(
                p.Id, p.DisplayName, p.Email, db.UserRoles.Any(r => r.UserId == p.Id && r.RoleId == AdministratorRole.Id), p.EndDate))
            .FirstOrDefaultAsync(cancellationToken));

    /// <summary>The session's row, or null once it was signed out or has expired.</summary>
    public Task<SignInSession?> SessionAsync(string key, CancellationToken cancellationToken) =>
        GetAsync(SessionKey(key), db => db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken));

    /// <summary>The person, when their account may be used today.</summary>
    public async Task<PersonStatus?> ActivePersonAsync(Guid personId, CancellationToken cancellationToken) =>
        await PersonAsync(personId, cancellationToken) is { } person && person.IsActiveOn(Today) ? person : null;

    /// <summary>The person a token stands for, when the token is neither revoked nor expired and the account active.</summary>
    public async Task<(TokenGrant Grant, PersonStatus Person)?> ValidTokenAsync(string hash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await TokenAsync(hash, cancellationToken) is not { RevokedAt: null } grant || grant.ExpiresAt <= now)
        {
            return null;
        }

        return await ActivePersonAsync(grant.PersonId, cancellationToken) is { } person ? (grant, person) : null;
    }

    public async Task<bool> IsStillSignedInAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var credential = user.FindFirst(CredentialClaim)?.Value;
        if (credential is null || !Guid.TryParse(user.FindFirst(BuildingBlocks.Security.PlatformClaims.PersonId)?.Value, out var personId))
        {
            return false;
        }

        if (credential.StartsWith("token:", StringComparison.Ordinal))
        {
            return await ValidTokenAsync(credential["token:".Length..], cancellationToken) is { } valid && valid.Person.Id == personId;
        }

        if (credential.StartsWith("session:", StringComparison.Ordinal))
        {
            return await SessionAsync(credential["session:".Length..], cancellationToken) is { } session
                && session.PersonId == personId
                && (session.ExpiresAt is null || session.ExpiresAt > clock.GetUtcNow())
                && await ActivePersonAsync(personId, cancellationToken) is not null;
        }

        return false;
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private Task<T?> GetAsync<T>(string key, Func<IdentityModuleDbContext, Task<T?>> read)
        where T : class => cache.GetAsync(key, read);
}
