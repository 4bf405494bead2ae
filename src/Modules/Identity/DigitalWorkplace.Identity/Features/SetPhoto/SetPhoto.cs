using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.BuildingBlocks.Images;

namespace DigitalWorkplace.Identity.Features.SetPhoto;

/// <summary>Sets a person's profile photo from an uploaded picture (resized, metadata gone), or removes it (<see cref="Upload"/> null).</summary>
internal sealed record SetPhoto(Guid PersonId, byte[]? Upload, bool Remove = false) : ICommand<Result<PhotoView>>, IValidatable
{
    public void Validate(Validator validator) =>
        validator.That(Remove || Upload is { Length: > 0 }, "file", FieldError.Required());
}

/// <param name="Url">Where the photo is served (null once removed); it changes with every new photo.</param>
internal sealed record PhotoView(string? Url);

/// <summary>One's own photo, or the photo of someone one administers; anyone else is not found.</summary>
internal sealed class SetPhotoAuthorizer(IdentityPolicy policy, Credentials credentials) : IAuthorizer<SetPhoto>
{
    public async ValueTask<Error?> AuthorizeAsync(SetPhoto message, ICurrentUser user, CancellationToken cancellationToken) =>
        user.IsAuthenticated && user.PersonId == message.PersonId ? null : await PersonAdministration.AuthorizeAsync(policy, credentials, user, message.PersonId, cancellationToken);
}

internal sealed class SetPhotoHandler(AuditTrail audit, ICurrentUser user, IdentityModuleDbContext db, ICacheInvalidation invalidation, TimeProvider clock) : ICommandHandler<SetPhoto, Result<PhotoView>>
{
    /// <summary>Square, and twice the largest size it is shown at.</summary>
    private const int ProfilePhotoSize = 256;

    public async ValueTask<Result<PhotoView>> Handle(SetPhoto command, CancellationToken cancellationToken)
    {
        var photo = await db.Photos.FirstOrDefaultAsync(p => p.PersonId == command.PersonId, cancellationToken);
        if (command.Remove)
        {
            if (photo is not null)
            {
                db.Photos.Remove(photo);
                await SaveAsync(command.PersonId, cancellationToken);
            }

            return new PhotoView(null);
        }

        if (await ImageProcessing.ToJpegAsync(command.Upload!, ProfilePhotoSize, ProfilePhotoSize, cancellationToken) is not { } jpeg)
        {
            return Error.Validation("file", FieldError.Rule("not_an_image", "must be a JPEG, PNG, WebP or GIF picture."));
        }

        if (photo is null)
        {
            photo = new PersonPhoto { PersonId = command.PersonId, Content = jpeg };
            db.Photos.Add(photo);
        }

        photo.Content = jpeg;
        photo.Version = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await SaveAsync(command.PersonId, cancellationToken);
        return new PhotoView(Contracts.PersonSummary.PhotoPath(command.PersonId, photo.Version));
    }

    // The person's cached summary carries the photo's address: it goes with the person's key.
    private async Task SaveAsync(Guid personId, CancellationToken cancellationToken)
    {
        // Someone else's photo is an administrator's doing (one's own is not an administrative action).
        if (user.IsAuthenticated && user.PersonId != personId && await db.Users.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken) is { } person)
        {
            audit.Record(db, db.Photos.Local.Any(p => p.PersonId == personId) ? "person.photo-changed" : "person.photo-removed", Auditing.AuditSubjects.Person(person));
        }

        await db.SaveChangesAsync(cancellationToken);
        await invalidation.InvalidateAsync(Credentials.PersonKey(personId), cancellationToken);
    }
}
