using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Features.GetPerson;
using DigitalWorkplace.Identity.Features.ListPeople;
using DigitalWorkplace.Identity.Features.SetPhoto;
using DigitalWorkplace.BuildingBlocks.Caching;

namespace DigitalWorkplace.Identity;

/// <summary>
/// Who people are, for other modules. <see cref="GetManyAsync"/> sits on the home feed's hot path: answers come from the
/// stamped cache (invalidated with the person's credentials when they change) and the misses are read in one query.
/// </summary>
internal sealed class PeopleDirectory(StampedCache cache, ISender sender, Credentials credentials, IdentityModuleDbContext db) : IPeopleDirectory
{
    public Task<IReadOnlyDictionary<Guid, PersonSummary>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        cache.GetManyAsync<IdentityModuleDbContext, Guid, PersonSummary>(ids, SummaryKey, Credentials.PersonKey, async (db, wanted) =>
            await db.Users.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToSummaries(db).ToDictionaryAsync(p => p.Id, cancellationToken));

    public async Task<Page<PersonSummary>> ListAsync(string? after, int? pageSize, CancellationToken cancellationToken)
    {
        var page = await sender.Send(new ListPeople(after, pageSize), cancellationToken);
        return page.IsSuccess ? page.Value! : throw new InvalidOperationException($"{page.Error!.Code}: {page.Error.Message}");
    }

    public async Task<Result<Page<PersonSummary>>> SearchAsync(PeopleFilter filter, string? after, int? pageSize, CancellationToken cancellationToken) =>
        await sender.Send(new ListPeople(after, pageSize, filter), cancellationToken);

    /// <summary>A null upload removes the photo.</summary>
    public async Task<Result<string?>> SetPhotoAsync(Guid personId, byte[]? upload, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetPhoto(personId, upload, Remove: upload is null), cancellationToken);
        return result.IsSuccess ? result.Value!.Url : result.Error!;
    }

    public async Task<Result<PersonProfile>> ProfileAsync(Guid personId, CancellationToken cancellationToken) =>
        await sender.Send(new GetPerson(personId), cancellationToken);

    // From the credentials' cache, which ending an account invalidates at once: the same "active" as sign-in's.
    public async Task<bool> IsActiveAsync(Guid personId, CancellationToken cancellationToken) =>
        await credentials.ActivePersonAsync(personId, cancellationToken) is not null;

    public async Task<PersonForApps?> ForAppsAsync(Guid personId, CancellationToken cancellationToken)
    {
        if (await credentials.ActivePersonAsync(personId, cancellationToken) is not { } status
            || (await GetManyAsync([personId], cancellationToken)).GetValueOrDefault(personId) is not { } person)
        {
            return null;
        }

        // The only thing not cached: read when an app signs someone in or refreshes its tokens, not on every request.
        var languages = await db.Users.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Languages).SingleOrDefaultAsync(cancellationToken);
        var locale = languages?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return new PersonForApps(person, locale, status.RoleClaims);
    }

    // Kept under its own key, stamped with the person's (Credentials.PersonKey): a change to the person invalidates both.
    private static string SummaryKey(Guid id) => "identity.person-summary:" + id.ToString("N");
}
