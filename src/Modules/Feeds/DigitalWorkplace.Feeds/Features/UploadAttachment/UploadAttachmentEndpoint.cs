using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.UploadAttachment;

internal static class UploadAttachmentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/attachments", UploadAsync)
            .WithName("UploadAttachment")
            .Accepts<byte[]>("multipart/form-data", "application/octet-stream", "image/jpeg", "image/png", "application/pdf")
            .Produces<AttachmentDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    /// <summary>The file as the <c>file</c> field of a form, or as the body with its name in <c>?fileName=</c>; at most 10 MB (413 beyond, nothing kept).</summary>
    private static async Task<IResult> UploadAsync(string? fileName, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var upload = await Uploads.ReadAsync(request, "file", AttachmentLimits.MaxBytes, cancellationToken);
        if (upload.TooLarge)
        {
            return ProblemResults.Problem(StatusCodes.Status413PayloadTooLarge, "attachment.too_large", $"The file is larger than {AttachmentLimits.MaxBytes / 1024 / 1024} MB.");
        }

        var result = await sender.Send(new UploadAttachment(upload.Content, upload.FileName ?? fileName), cancellationToken);
        return result.IsSuccess ? TypedResults.Created(result.Value!.Url, result.Value) : result.Error!.ToProblem();
    }
}
