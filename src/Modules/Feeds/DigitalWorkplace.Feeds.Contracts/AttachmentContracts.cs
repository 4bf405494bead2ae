using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Feeds.Contracts;

/// <summary>What uploads may be: pictures (re-encoded) and a few document types, each at most <see cref="MaxBytes"/>.</summary>
public static class AttachmentLimits
{
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>Pictures and files on one post or comment.</summary>
    public const int MaxPerItem = 6;

    /// <summary>The longer side of a picture as stored (a phone photo is larger; it is scaled down, never up).</summary>
    public const int ImageMaxSide = 1600;

    /// <summary>The document types accepted besides pictures, by extension (the content is checked too).</summary>
    public static IReadOnlyList<string> DocumentExtensions { get; } = [".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".txt", ".csv"];
}

/// <param name="Kind">"Image" or "File".</param>
/// <param name="Url">Where it is served, for whoever may read what it is attached to.</param>
public sealed record AttachmentDto(Guid Id, string Kind, string FileName, string ContentType, long Size, int? Width, int? Height, string Url)
{
    public bool IsImage => Kind == "Image";

    public static string PathOf(Guid id) => $"/api/v1/attachments/{id}";
}

/// <summary>Uploading pictures and files before writing the post or comment that carries them.</summary>
public interface IAttachments
{
    /// <summary>Checks, re-encodes (pictures) and keeps the file for its uploader; 413 <c>attachment.too_large</c> beyond the limit (the caller checks the size first).</summary>
    Task<Result<AttachmentDto>> UploadAsync(byte[] content, string? fileName, CancellationToken cancellationToken);
}
