using System.Text;
using DigitalWorkplace.BuildingBlocks.Images;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Attachments;

/// <summary>
/// What an uploaded file is, decided from its bytes, never from what the client claims: a picture we can decode (then
/// re-encoded as a JPEG, which drops its metadata), or a document of an accepted type whose content matches its
/// extension (a PDF starts with <c>%PDF-</c>, an Office or OpenDocument file is a ZIP, a text file is UTF-8 without NUL).
/// </summary>
internal static class AttachmentFiles
{
    private static readonly Dictionary<string, string> DocumentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".odp"] = "application/vnd.oasis.opendocument.presentation",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
    };

    public static readonly Error UnsupportedType = Error.Validation("file", FieldError.Rule(
        "unsupported_type", $"must be a picture (JPEG, PNG, WebP, GIF) or a document ({string.Join(", ", AttachmentLimits.DocumentExtensions)}).",
        new Dictionary<string, object> { ["types"] = string.Join(", ", AttachmentLimits.DocumentExtensions) }));

    public sealed record Prepared(AttachmentKind Kind, string FileName, string ContentType, byte[] Content, int? Width, int? Height);

    public static async Task<Prepared?> PrepareAsync(byte[] content, string? fileName, CancellationToken cancellationToken)
    {
        var name = CleanName(fileName);
        if (await ImageProcessing.FitAsync(content, AttachmentLimits.ImageMaxSide, cancellationToken) is { } image)
        {
            return new Prepared(AttachmentKind.Image, Path.ChangeExtension(name, ".jpg"), "image/jpeg", image.Jpeg, image.Width, image.Height);
        }

        var extension = Path.GetExtension(name);
        return DocumentTypes.TryGetValue(extension, out var contentType) && Matches(extension.ToLowerInvariant(), content)
            ? new Prepared(AttachmentKind.File, name, contentType, content, null, null)
            : null;
    }

    private static bool Matches(string extension, byte[] content) => extension switch
    {
        ".pdf" => content.AsSpan().StartsWith("%PDF-"u8),
        ".txt" or ".csv" => IsText(content),
        _ => content.AsSpan().StartsWith("PK\u0003\u0004"u8),
    };

    private static bool IsText(byte[] content)
    {
        if (content.AsSpan().IndexOf((byte)0) >= 0)
        {
            return false;
        }

        try
        {
            _ = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The last part of the name, without control characters or quotes, at most 120 characters; "file" when nothing is left.</summary>
    public static string CleanName(string? fileName)
    {
        var last = (fileName ?? "").Replace('\\', '/').Split('/')[^1];
        var clean = new string([.. last.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '*' or '?' or '|' or ':') && !char.IsSurrogate(c))]).Trim().TrimStart('.');
        if (clean.Length > Attachment.FileNameMaxLength)
        {
            var extension = Path.GetExtension(clean);
            clean = string.Concat(clean.AsSpan(0, Attachment.FileNameMaxLength - Math.Min(extension.Length, 20)), extension.Length <= 20 ? extension : "");
        }

        return clean.Length == 0 ? "file" : clean;
    }

    public static string KeyOf(Guid id) => $"feeds/attachments/{id:N}";

    public static AttachmentDto ToDto(AttachmentRef a) =>
        new(a.Id, a.Kind.ToString(), a.FileName, a.ContentType, a.Size, a.Width, a.Height, AttachmentDto.PathOf(a.Id));
}
