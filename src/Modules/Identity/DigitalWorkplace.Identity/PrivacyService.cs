using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Features.ErasePerson;
using DigitalWorkplace.Identity.Features.ExportPersonalData;

namespace DigitalWorkplace.Identity;

/// <summary>Implements <see cref="IPrivacy"/> by sending the module's requests, so the pages and the API behave alike.</summary>
internal sealed class PrivacyService(ISender sender) : IPrivacy
{
    public async Task<Result<byte[]>> ExportAsync(Guid? personId, CancellationToken cancellationToken) =>
        await sender.Send(new ExportPersonalData(personId), cancellationToken);

    public async Task<Result<Done>> EraseAsync(Guid personId, bool removeContent, CancellationToken cancellationToken) =>
        await sender.Send(new ErasePerson(personId, removeContent), cancellationToken);
}
