using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.GetPhoto;

/// <summary>A person's photo, for whoever may see the person in the directory (a guest: the people of their communities).</summary>
internal sealed record GetPhoto(Guid PersonId) : IQuery<Result<PhotoFile>>;

internal sealed record PhotoFile(byte[] Content, long Version);

internal sealed class GetPhotoAuthorizer(DirectoryVisibility visibility) : IAuthorizer<GetPhoto>
{
    public async ValueTask<Error?> AuthorizeAsync(GetPhoto message, ICurrentUser user, CancellationToken cancellationToken) =>
        await visibility.MaySeeAsync(message.PersonId, cancellationToken) ? null : Error.NotFound("photo.not_found");
}

internal sealed class GetPhotoHandler(IdentityModuleDbContext db) : IQueryHandler<GetPhoto, Result<PhotoFile>>
{
    public async ValueTask<Result<PhotoFile>> Handle(GetPhoto query, CancellationToken cancellationToken) =>
        await db.Photos.AsNoTracking().Where(p => p.PersonId == query.PersonId).Select(p => new PhotoFile(p.Content, p.Version)).FirstOrDefaultAsync(cancellationToken) is { } photo
            ? photo
            : Error.NotFound("photo.not_found");
}
