using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.RevokeMyAccessToken;

/// <summary>Revokes one of the signed-in person's tokens; someone else's token is "not found".</summary>
internal sealed record RevokeMyAccessToken(Guid TokenId) : ICommand<Result<Done>>, IAnyActivePersonRequest;

internal sealed class RevokeMyAccessTokenHandler(AuditTrail audit, IdentityModuleDbContext db, ICacheInvalidation invalidation, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RevokeMyAccessToken, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RevokeMyAccessToken command, CancellationToken cancellationToken)
    {
        var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == command.TokenId && t.PersonId == user.PersonId, cancellationToken);
        if (token is null)
        {
            return Error.NotFound("token.not_found");
        }

        // Revoking twice keeps the first time: the audit trail says when access really ended.
        token.RevokedAt ??= clock.GetUtcNow();
        audit.Record(db, "access-token.revoked", Auditing.AuditSubjects.Person(await db.Users.FirstAsync(p => p.Id == token.PersonId, cancellationToken)),
            after: AuditTrail.Fields(("name", token.Name), ("prefix", token.Prefix)));
        await db.SaveChangesAsync(cancellationToken);
        // Committed: now every node's cached grant of this token must go, before the caller is told it is revoked.
        await invalidation.InvalidateAsync(Credentials.TokenKey(token.Hash), cancellationToken);
        return Done.Value;
    }
}
