using System.Security.Claims;
using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Authorization;
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

/// <summary>What authentication and authorization need of a person on every request: who they are, whether and until when they may sign in, what they administer.</summary>
/// <param name="Audiences">The audiences the person is in (kept here so that "may they see this tile?" costs no query).</param>
/// <param name="Guest">What a guest may use; null for everyone else.</param>
internal sealed record PersonStatus(
    Guid Id, string DisplayName, string? Email, AccountStatus Status, DateOnly? EndDate, Guid? OrgUnitId, IReadOnlyList<Grant> Grants, IReadOnlyList<Guid> Audiences,
    GuestScope? Guest = null, bool TwoFactorEnabled = false)
{
    public bool IsAdministrator => Grants.Any(g => g.Role == PlatformRole.PlatformAdmin);

    /// <summary>The role claims the principal should carry, in a stable order.</summary>
    public IReadOnlyList<string> RoleClaims => [.. Grants.Select(g => PlatformRoleClaims.Of(g.Role)).Distinct().Order(StringComparer.Ordinal)];

    public bool IsActiveOn(DateOnly today) => Status == AccountStatus.Active && (EndDate is not { } end || end >= today);
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

    private const string TokenPrefix = "token:";
    private const string SessionPrefix = "session:";

    public static Claim TokenCredential(string hash) => new(CredentialClaim, TokenPrefix + hash);

    public static Claim SessionCredential(string key) => new(CredentialClaim, SessionPrefix + key);

    /// <summary>The hash of the access token the principal was authenticated with; null for a browser session.</summary>
    public static string? TokenHashOf(ClaimsPrincipal? user) => Credential(user, TokenPrefix);

    private static string? Credential(ClaimsPrincipal? user, string prefix) =>
        user?.FindFirst(CredentialClaim)?.Value is { } credential && credential.StartsWith(prefix, StringComparison.Ordinal)
            ? credential[prefix.Length..]
            : null;

    public static string TokenKey(string hash) => "identity.token:" + hash;

    public static string SessionKey(string key) => "identity.session:" + key;

    public static string PersonKey(Guid personId) => "identity.person:" + personId.ToString("N");

    public Task<TokenGrant?> TokenAsync(string hash, CancellationToken cancellationToken) =>
        GetAsync(TokenKey(hash), db => db.AccessTokens.AsNoTracking()
            .Where(t => t.Hash == hash)
            .Select(t => new TokenGrant(t.Id, t.PersonId, t.ExpiresAt, t.RevokedAt) { LastUsedAt = t.LastUsedAt })
            .FirstOrDefaultAsync(cancellationToken));

    public Task<PersonStatus?> PersonAsync(Guid personId, CancellationToken cancellationToken) =>
        GetAsync(PersonKey(personId), async db =>
        {
            var person = await db.Users.AsNoTracking()
                .Where(p => p.Id == personId)
                // Grants and audiences are two collections: one query each rather than their cross product.
                .AsSplitQuery()
                .Select(p => new PersonStatus(
                    p.Id, p.DisplayName, p.Email, p.Status, p.EndDate, p.OrgUnitId,
                    db.RoleGrants.Where(g => g.PersonId == p.Id).Select(g => new Grant(g.Id, g.Role, g.OrgUnitId)).ToList(),
                    db.AudienceMembers.Where(m => m.PersonId == p.Id).Select(m => m.AudienceId).ToList(),
                    null,
                    p.TwoFactorEnabled))
                .FirstOrDefaultAsync(cancellationToken);
            // Cached with the rest: a guest's boundaries are asked by every module on every request.
            var guest = person is null ? null : await db.Guests.AsNoTracking().FirstOrDefaultAsync(g => g.PersonId == personId, cancellationToken);
            return guest is null ? person : person! with { Guest = new GuestScope(guest.SponsorId, guest.CommunityIds.ToHashSet(), guest.AppIds.ToHashSet()) };
        });

    /// <summary>The session's row, or null once it was signed out or has expired.</summary>
    private Task<SignInSession?> SessionAsync(string key, CancellationToken cancellationToken) =>
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

    /// <summary>A session that still exists and has not run out.</summary>
    public async Task<SignInSession?> ValidSessionAsync(string key, CancellationToken cancellationToken) =>
        await SessionAsync(key, cancellationToken) is { } session && (session.ExpiresAt is null || session.ExpiresAt > clock.GetUtcNow())
            ? session
            : null;

    public async Task<bool> IsStillSignedInAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (BuildingBlocks.Security.PlatformClaims.PersonIdOf(user) is not { } personId)
        {
            return false;
        }

        if (TokenHashOf(user) is { } hash)
        {
            return await ValidTokenAsync(hash, cancellationToken) is { } valid && valid.Person.Id == personId;
        }

        return Credential(user, SessionPrefix) is { } key
            && await ValidSessionAsync(key, cancellationToken) is { } session
            && session.PersonId == personId
            && await ActivePersonAsync(personId, cancellationToken) is not null;
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private Task<T?> GetAsync<T>(string key, Func<IdentityModuleDbContext, Task<T?>> read)
        where T : class => cache.GetAsync(key, read);
}
