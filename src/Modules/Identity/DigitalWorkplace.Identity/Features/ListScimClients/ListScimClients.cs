using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.ListScimClients;

/// <summary>The connected directories, newest first, revoked ones included (their last use is worth knowing).</summary>
internal sealed record ListScimClients : IQuery<Result<IReadOnlyList<ScimClientDto>>>;

internal sealed class ListScimClientsAuthorizer(IdentityPolicy policy) : IAuthorizer<ListScimClients>
{
    public ValueTask<Error?> AuthorizeAsync(ListScimClients message, ICurrentUser user, CancellationToken cancellationToken) =>
        ScimClientViews.AuthorizeAsync(policy, user, cancellationToken);
}

internal sealed class ListScimClientsHandler(IdentityModuleDbContext db) : IQueryHandler<ListScimClients, Result<IReadOnlyList<ScimClientDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ScimClientDto>>> Handle(ListScimClients query, CancellationToken cancellationToken) =>
        (await db.ScimClients.AsNoTracking().OrderByDescending(c => c.Id).ToListAsync(cancellationToken)).ConvertAll(ScimClientViews.Of);
}
