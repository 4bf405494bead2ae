using System.IO.Compression;
using System.Text.Json;
using DigitalWorkplace.BuildingBlocks.Privacy;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.ExportPersonalData;

/// <summary>
/// A person's own data, every module's part of it, as a ZIP of JSON files (GDPR access and portability): one's own, or,
/// for their administrator, someone's (audited as a privileged read). Only that person's data: what they wrote, what is
/// kept about them, and the communities they belong to.
/// </summary>
/// <param name="PersonId">Null: one's own.</param>
internal sealed record ExportPersonalData(Guid? PersonId) : IQuery<Result<byte[]>>;

internal sealed class ExportPersonalDataAuthorizer(IdentityPolicy policy, Credentials credentials) : IAuthorizer<ExportPersonalData>
{
    public async ValueTask<Error?> AuthorizeAsync(ExportPersonalData message, ICurrentUser user, CancellationToken cancellationToken) =>
        message.PersonId is not { } personId || personId == user.PersonId
            ? null
            : await PersonAdministration.AuthorizeAsync(policy, credentials, user, personId, cancellationToken);
}

internal sealed class ExportPersonalDataHandler(IEnumerable<IPersonalDataSource> sources, IdentityModuleDbContext db, AuditTrail audit, ICurrentUser user)
    : IQueryHandler<ExportPersonalData, Result<byte[]>>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async ValueTask<Result<byte[]>> Handle(ExportPersonalData query, CancellationToken cancellationToken)
    {
        var personId = query.PersonId ?? user.PersonId;
        if (await db.Users.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken) is not { } person)
        {
            return Error.NotFound("person.not_found");
        }

        using var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var source in sources.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry($"{source.Name}.json", CompressionLevel.Optimal);
                await using var stream = entry.Open();
                await JsonSerializer.SerializeAsync(stream, await source.ExportAsync(personId, cancellationToken), Json, cancellationToken);
            }
        }

        audit.Record(db, personId == user.PersonId ? "person.own-data-exported" : "person.data-exported", Auditing.AuditSubjects.Person(person));
        await db.SaveChangesAsync(cancellationToken);
        return archive.ToArray();
    }
}
