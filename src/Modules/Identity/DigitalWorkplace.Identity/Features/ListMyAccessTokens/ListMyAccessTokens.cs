using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.ListMyAccessTokens;

/// <summary>The signed-in person's tokens, newest first. Never the secret nor its hash: only the display prefix.</summary>
internal sealed record ListMyAccessTokens : IQuery<Result<IReadOnlyList<AccessTokenInfo>>>, IAnyActivePersonRequest;

internal sealed record AccessTokenInfo(
    Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

internal sealed class ListMyAccessTokensHandler(IdentityModuleDbContext db, ICurrentUser user)
    : IQueryHandler<ListMyAccessTokens, Result<IReadOnlyList<AccessTokenInfo>>>
{
    public async ValueTask<Result<IReadOnlyList<AccessTokenInfo>>> Handle(ListMyAccessTokens query, CancellationToken cancellationToken)
    {
        var tokens = await db.AccessTokens
            .Where(t => t.PersonId == user.PersonId)
            .OrderByDescending(t => t.Id)
            .Select(t => new AccessTokenInfo(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return tokens;
    }
}
