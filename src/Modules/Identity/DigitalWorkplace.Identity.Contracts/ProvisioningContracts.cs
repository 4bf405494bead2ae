using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Identity.Contracts;

/// <summary>A directory that provisions people over SCIM, as its administrators see it (never its token).</summary>
/// <param name="Prefix">The token's first characters, to tell tokens apart.</param>
/// <param name="TenantId">The Entra tenant whose directory it is, when it is one.</param>
public sealed record ScimClientDto(
    Guid Id, string Name, string Prefix, string? TenantId, Guid? DefaultOrgUnitId, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <param name="Token">The SCIM bearer token, shown this once: only its hash is kept.</param>
public sealed record CreatedScimClientDto(ScimClientDto Client, string Token, string BaseUrl);

/// <summary>The provisioning page's use cases, the same requests as <c>/api/v1/scim/clients</c> (platform administrators only).</summary>
public interface IProvisioning
{
    Task<Result<IReadOnlyList<ScimClientDto>>> ClientsAsync(CancellationToken cancellationToken);

    Task<Result<CreatedScimClientDto>> CreateClientAsync(string name, string? tenantId, Guid? defaultOrgUnitId, CancellationToken cancellationToken);

    Task<Result<Done>> RevokeClientAsync(Guid clientId, CancellationToken cancellationToken);
}
