using DigitalWorkplace.BuildingBlocks.Auditing;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Scim;

/// <summary>Who administers SCIM clients (platform administrators), and how one is shown and audited.</summary>
internal static class ScimClientViews
{
    public static async ValueTask<Error?> AuthorizeAsync(IdentityPolicy policy, ICurrentUser user, CancellationToken cancellationToken) =>
        (await policy.ScopeOfAsync(user, cancellationToken)).IsPlatformAdmin
            ? null
            : Error.Forbidden("scim.clients_forbidden", "Only platform administrators connect directories: their tokens provision anyone.");

    public static ScimClientDto Of(ScimClient client) =>
        new(client.Id, client.Name, client.Prefix, client.TenantId, client.DefaultOrgUnitId, client.CreatedAt, client.LastUsedAt, client.RevokedAt);

    public static AuditSubject Subject(ScimClient client) => new("scim-client", client.Id.ToString(), client.Name);
}
