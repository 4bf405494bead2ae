using DigitalWorkplace.BuildingBlocks.Images;
using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.SetCover;

internal static class SetCoverEndpoint
{
    public static void Map(IEndpointRouteBuilder communities)
    {
        communities.MapPut("/{communityId:guid}/cover", UploadAsync)
            .WithName("SetCommunityCover")
            .Accepts<byte[]>("image/jpeg", "image/png", "image/webp", "image/gif", "multipart/form-data")
            .Produces<CommunitySummary>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        communities.MapDelete("/{communityId:guid}/cover",
            (Guid communityId, ISender sender, CancellationToken cancellationToken) => SendAsync(new SetCover(communityId, null, Remove: true), sender, cancellationToken))
            .WithName("RemoveCommunityCover");
    }

    /// <summary>The picture as the body, or as the <c>file</c> field of a form; at most 8 MB (413 beyond, nothing kept).</summary>
    private static async Task<IResult> UploadAsync(Guid communityId, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var upload = await Uploads.ReadAsync(request, "file", ImageProcessing.MaxUploadBytes, cancellationToken);
        if (upload.TooLarge)
        {
            return ProblemResults.Problem(StatusCodes.Status413PayloadTooLarge, "cover.too_large", $"The picture is larger than {ImageProcessing.MaxUploadBytes / 1024 / 1024} MB.");
        }

        return await SendAsync(new SetCover(communityId, upload.Content), sender, cancellationToken);
    }

    private static async Task<ApiResult<Ok<CommunitySummary>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> SendAsync(SetCover command, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error!;
    }
}
