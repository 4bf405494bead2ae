using DigitalWorkplace.BuildingBlocks.Images;

namespace DigitalWorkplace.Identity.Features.SetPhoto;

internal static class SetPhotoEndpoint
{
    public static void Map(IEndpointRouteBuilder people)
    {
        people.MapPut("/{id:guid}/photo", UploadAsync)
            .WithName("SetPhoto")
            .Accepts<byte[]>("image/jpeg", "image/png", "image/webp", "image/gif", "multipart/form-data")
            .Produces<PhotoView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        people.MapDelete("/{id:guid}/photo", RemoveAsync).WithName("RemovePhoto");
    }

    /// <summary>The picture as the body, or as the <c>file</c> field of a form; at most 8 MB (413 beyond, nothing kept).</summary>
    private static async Task<IResult> UploadAsync(Guid id, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var upload = await Uploads.ReadAsync(request, "file", ImageProcessing.MaxUploadBytes, cancellationToken);
        if (upload.TooLarge)
        {
            return ProblemResults.Problem(StatusCodes.Status413PayloadTooLarge, "photo.too_large", $"The picture is larger than {ImageProcessing.MaxUploadBytes / 1024 / 1024} MB.");
        }

        return await SendAsync(new SetPhoto(id, upload.Content), sender, cancellationToken);
    }

    private static Task<ApiResult<Ok<PhotoView>, Problem.Invalid, Problem.NotFound>> RemoveAsync(Guid id, ISender sender, CancellationToken cancellationToken) =>
        SendAsync(new SetPhoto(id, null, Remove: true), sender, cancellationToken);

    private static async Task<ApiResult<Ok<PhotoView>, Problem.Invalid, Problem.NotFound>> SendAsync(SetPhoto command, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error!;
    }
}
