using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features.GetImport;

/// <summary>Where an import stands: running with its progress, completed or failed. Its creator's (and platform administrators'), nobody else's.</summary>
internal sealed record GetImport(Guid ImportId) : IQuery<Result<ImportProgress>>;

internal sealed record ImportProgress(Guid Id, ImportStatus Status, int Total, int Processed, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt)
{
    public int Percent => Total == 0 ? 100 : Processed * 100 / Total;
}

internal sealed class GetImportAuthorizer(IdentityPolicy policy, IdentityModuleDbContext db) : IAuthorizer<GetImport>
{
    public async ValueTask<Error?> AuthorizeAsync(GetImport message, ICurrentUser user, CancellationToken cancellationToken) =>
        await ImportAccess.AuthorizeAsync(policy, db, user, message.ImportId, cancellationToken);
}

internal sealed class GetImportHandler(IdentityModuleDbContext db) : IQueryHandler<GetImport, Result<ImportProgress>>
{
    public async ValueTask<Result<ImportProgress>> Handle(GetImport query, CancellationToken cancellationToken)
    {
        var progress = await db.Imports.AsNoTracking().Where(i => i.Id == query.ImportId)
            .Select(i => new ImportProgress(i.Id, i.Status, i.Total, i.Processed, i.CreatedAt, i.FinishedAt))
            .FirstOrDefaultAsync(cancellationToken);
        return progress is null ? Error.NotFound("import.not_found") : progress;
    }
}

/// <summary>An import is its creator's; platform administrators see all of them.</summary>
internal static class ImportAccess
{
    public static async Task<Error?> AuthorizeAsync(IdentityPolicy policy, IdentityModuleDbContext db, ICurrentUser user, Guid importId, CancellationToken cancellationToken)
    {
        var creator = await db.Imports.Where(i => i.Id == importId).Select(i => new { i.CreatedBy }).FirstOrDefaultAsync(cancellationToken);
        if (creator is null)
        {
            return Error.NotFound("import.not_found");
        }

        // The report names people: a creator who no longer administers anyone no longer reads it.
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var mine = user.IsAuthenticated && creator.CreatedBy == user.PersonId && scope.ManagesAnyone;
        return mine || scope.IsPlatformAdmin ? null : Error.NotFound("import.not_found");
    }
}
