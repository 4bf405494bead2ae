using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.RevokeScimClient;

/// <summary>The directory's token stops at once (it is looked up on every request); the people it provisioned stay.</summary>
internal sealed record RevokeScimClient(Guid ClientId) : ICommand<Result<Done>>;

internal sealed class RevokeScimClientAuthorizer(IdentityPolicy policy) : IAuthorizer<RevokeScimClient>
{
    public ValueTask<Error?> AuthorizeAsync(RevokeScimClient message, ICurrentUser user, CancellationToken cancellationToken) =>
        ScimClientViews.AuthorizeAsync(policy, user, cancellationToken);
}

internal sealed class RevokeScimClientHandler(IdentityModuleDbContext db, AuditTrail audit, TimeProvider clock) : ICommandHandler<RevokeScimClient, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RevokeScimClient command, CancellationToken cancellationToken)
    {
        if (await db.ScimClients.FirstOrDefaultAsync(c => c.Id == command.ClientId, cancellationToken) is not { } client)
        {
            return Error.NotFound("scim.client_not_found");
        }

        if (client.RevokedAt is null)
        {
            client.RevokedAt = clock.GetUtcNow();
            audit.RecordChanges(db, "scim-client.revoked", ScimClientViews.Subject(client), db.Entry(client));
            await db.SaveChangesAsync(cancellationToken);
        }

        return Done.Value;
    }
}
