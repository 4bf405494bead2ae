using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Features.CreateScimClient;
using DigitalWorkplace.Identity.Features.ListScimClients;
using DigitalWorkplace.Identity.Features.RevokeScimClient;

namespace DigitalWorkplace.Identity;

/// <summary>Implements <see cref="IProvisioning"/> by sending the module's requests, so the API and the provisioning page behave alike.</summary>
internal sealed class ProvisioningService(ISender sender) : IProvisioning
{
    public async Task<Result<IReadOnlyList<ScimClientDto>>> ClientsAsync(CancellationToken cancellationToken) =>
        await sender.Send(new ListScimClients(), cancellationToken);

    public async Task<Result<CreatedScimClientDto>> CreateClientAsync(string name, string? tenantId, Guid? defaultOrgUnitId, CancellationToken cancellationToken) =>
        await sender.Send(new CreateScimClient(name, tenantId, defaultOrgUnitId), cancellationToken);

    public async Task<Result<Done>> RevokeClientAsync(Guid clientId, CancellationToken cancellationToken) =>
        await sender.Send(new RevokeScimClient(clientId), cancellationToken);
}
