using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.Feeds.Contracts;
using Microsoft.AspNetCore.Http;

namespace DigitalWorkplace.Web.Components.Shared;

/// <summary>
/// The pictures and files a post or comment form carries (its <c>files</c> field), uploaded one by one through
/// <see cref="IAttachments"/>: their ids for the post, or the first problem, named on the <c>files</c> field.
/// </summary>
internal static class FormFiles
{
    public const string Field = "files";

    /// <summary>What one form may carry in all: below the server's request limit (about 28 MB), so that it is a clear error, not a failed page.</summary>
    public const int MaxTotalBytes = 25 * 1024 * 1024;

    public static async Task<Result<IReadOnlyList<Guid>>> UploadAsync(HttpContext? http, IAttachments attachments, CancellationToken cancellationToken)
    {
        if (http is null || !http.Request.HasFormContentType)
        {
            return Result<IReadOnlyList<Guid>>.Success([]);
        }

        var files = (await http.Request.ReadFormAsync(cancellationToken)).Files.GetFiles(Field).Where(f => f.Length > 0).ToList();
        if (files.Count > AttachmentLimits.MaxPerItem)
        {
            return Error.Validation(Field, FieldError.OutOfRange(0, AttachmentLimits.MaxPerItem));
        }

        if (files.Sum(f => f.Length) > MaxTotalBytes)
        {
            return Error.Validation(Field, FieldError.Rule("files_too_large", $"must be at most {MaxTotalBytes / 1024 / 1024} MB in all.", new Dictionary<string, object> { ["max"] = MaxTotalBytes / 1024 / 1024 }));
        }

        var ids = new List<Guid>();
        foreach (var file in files)
        {
            if (file.Length > AttachmentLimits.MaxBytes)
            {
                return Error.Validation(Field, FieldError.Rule("file_too_large", $"must be at most {AttachmentLimits.MaxBytes / 1024 / 1024} MB.", new Dictionary<string, object> { ["max"] = AttachmentLimits.MaxBytes / 1024 / 1024 }));
            }

            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            var uploaded = await attachments.UploadAsync(content.ToArray(), file.FileName, cancellationToken);
            if (uploaded.Error is { } error)
            {
                // The module names its field "file": on this form it is the files field.
                return error.Fields is { } fields ? Error.Validation(Field, fields.Values.SelectMany(f => f).First()) : error;
            }

            ids.Add(uploaded.Value!.Id);
        }

        return ids;
    }
}
