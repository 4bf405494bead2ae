using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.ExportOrganization;

/// <summary>
/// The whole organization in one archive (every module's data), as the <c>export</c> command writes it: for a platform
/// administrator only, since it holds everyone's data (password hashes included), and audited.
/// </summary>
internal sealed record ExportOrganization : IQuery<Result<byte[]>>;

internal sealed class ExportOrganizationAuthorizer(IdentityPolicy policy) : IAuthorizer<ExportOrganization>
{
    public async ValueTask<Error?> AuthorizeAsync(ExportOrganization message, ICurrentUser user, CancellationToken cancellationToken) =>
        (await policy.ScopeOfAsync(user, cancellationToken)).IsPlatformAdmin
            ? null
            : Error.Forbidden("organization.export_forbidden", "Only platform administrators export the organization.");
}

internal sealed class ExportOrganizationHandler(OrganizationArchive archive, IdentityModuleDbContext db, AuditTrail audit) : IQueryHandler<ExportOrganization, Result<byte[]>>
{
    public async ValueTask<Result<byte[]>> Handle(ExportOrganization query, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        var manifest = await archive.ExportAsync(output, cancellationToken);
        audit.Record(db, "organization.exported", new BuildingBlocks.Auditing.AuditSubject("organization", null, null),
            after: AuditTrail.Fields(("tables", manifest.Tables.Count), ("rows", manifest.Tables.Sum(t => t.Rows))));
        await db.SaveChangesAsync(cancellationToken);
        return output.ToArray();
    }
}
