using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Features.ExportAuditEntries;
using DigitalWorkplace.Identity.Features.ListAuditEntries;

namespace DigitalWorkplace.Identity;

/// <summary>Implements <see cref="IAuditLog"/> by sending the module's requests, so the API and the admin page read the same log.</summary>
internal sealed class AuditLogService(ISender sender) : IAuditLog
{
    public async Task<Result<Page<AuditEntryDto>>> SearchAsync(AuditFilter filter, string? after, CancellationToken cancellationToken) =>
        await sender.Send(new ListAuditEntries(filter, after, PageSize: 50), cancellationToken);

    public async Task<Result<string>> ExportCsvAsync(AuditFilter filter, CancellationToken cancellationToken) =>
        await sender.Send(new ExportAuditEntries(filter), cancellationToken);
}
