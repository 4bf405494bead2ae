using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.ExportOrganization;

/// <summary>
/// The whole organization in one archive (every module's data), as the <c>export</c> command writes it but without the
/// credentials (password hashes, second-factor keys, tokens, invitation links): for a platform administrator's own
/// session only — not a token, which a script could leak — and audited.
/// </summary>
internal sealed record ExportOrganization : IQuery<Result<byte[]>>;

internal sealed class ExportOrganizationAuthorizer(IdentityPolicy policy, IHttpContextAccessor http) : IAuthorizer<ExportOrganization>
{
    public async ValueTask<Error?> AuthorizeAsync(ExportOrganization message, ICurrentUser user, CancellationToken cancellationToken) =>
        !(await policy.ScopeOfAsync(user, cancellationToken)).IsPlatformAdmin
            ? Error.Forbidden("organization.export_forbidden", "Only platform administrators export the organization.")
            : http.HttpContext?.User is { } principal && Authentication.Credentials.TokenHashOf(principal) is not null
                ? Error.Forbidden("organization.export_session_only", "Download the export from the site while signed in, not with an access token.")
                : null;
}

internal sealed class ExportOrganizationHandler(OrganizationArchive archive, IdentityModuleDbContext db, AuditTrail audit) : IQueryHandler<ExportOrganization, Result<byte[]>>
{
    public async ValueTask<Result<byte[]>> Handle(ExportOrganization query, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        var manifest = await archive.ExportAsync(output, withCredentials: false, cancellationToken);
        audit.Record(db, "organization.exported", new BuildingBlocks.Auditing.AuditSubject("organization", null, null),
            after: AuditTrail.Fields(("tables", manifest.Tables.Count), ("rows", manifest.Tables.Sum(t => t.Rows))));
        await db.SaveChangesAsync(cancellationToken);
        return output.ToArray();
    }
}
