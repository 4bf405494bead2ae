using DigitalWorkplace.BuildingBlocks.Storage;
using DigitalWorkplace.Feeds.Attachments;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Features.UploadAttachment;

/// <summary>
/// Keeps a picture or a file for a post or comment about to be written: checked from its bytes (<see cref="AttachmentFiles"/>),
/// a picture re-encoded (scaled to 1,600 px at most, its metadata gone), stored in the file store, and readable only by
/// its uploader until a post or comment takes it. The file is written before the row: a failed save leaves no row
/// pointing at nothing (the file is removed).
/// </summary>
internal sealed record UploadAttachment(byte[]? Content, string? FileName) : ICommand<Result<AttachmentDto>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator
        .That(Content is { Length: > 0 }, "file", FieldError.Required())
        .That(Content is null || Content.Length <= AttachmentLimits.MaxBytes, "file", FieldError.Rule("file_too_large", $"must be at most {AttachmentLimits.MaxBytes / 1024 / 1024} MB.", new Dictionary<string, object> { ["max"] = AttachmentLimits.MaxBytes / 1024 / 1024 }))
        .MaxLength("fileName", FileName, 1000);
}

internal sealed class UploadAttachmentHandler(FeedsDbContext db, IFileStore files, ICurrentUser user, TimeProvider clock) : ICommandHandler<UploadAttachment, Result<AttachmentDto>>
{
    /// <summary>Uploads waiting for a post, per person: enough for any post being written, not a free disk for a script.</summary>
    public const int MaxPending = 20;

    public static readonly Error TooManyPending = Error.Conflict(
        "attachment.too_many_pending", $"You have {MaxPending} files waiting for a post: publish or wait a day before uploading more.");

    public async ValueTask<Result<AttachmentDto>> Handle(UploadAttachment command, CancellationToken cancellationToken)
    {
        if (await db.Attachments.CountAsync(a => a.UploaderId == user.PersonId && a.PostId == null, cancellationToken) >= MaxPending)
        {
            return TooManyPending;
        }

        if (await AttachmentFiles.PrepareAsync(command.Content!, command.FileName, cancellationToken) is not { } prepared)
        {
            return AttachmentFiles.UnsupportedType;
        }

        var id = Guid.CreateVersion7();
        var attachment = new Attachment
        {
            Id = id,
            UploaderId = user.PersonId,
            Kind = prepared.Kind,
            FileName = prepared.FileName,
            ContentType = prepared.ContentType,
            Size = prepared.Content.Length,
            Width = prepared.Width,
            Height = prepared.Height,
            StorageKey = AttachmentFiles.KeyOf(id),
            UploadedAt = clock.GetUtcNow(),
        };
        await files.SaveAsync(attachment.StorageKey, prepared.Content, cancellationToken);
        try
        {
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(attachment.StorageKey, CancellationToken.None);
            throw;
        }

        return AttachmentFiles.ToDto(attachment.ToRef());
    }
}
