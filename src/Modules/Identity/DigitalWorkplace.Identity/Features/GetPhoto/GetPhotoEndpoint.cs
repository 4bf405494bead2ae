using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace DigitalWorkplace.Identity.Features.GetPhoto;

internal static class GetPhotoEndpoint
{
    public static void Map(IEndpointRouteBuilder people) =>
        people.MapGet("/{id:guid}/photo", HandleAsync)
            .WithName("GetPhoto")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// The JPEG; its address carries the version (<c>?v=</c>), so a browser keeps it until the photo changes — privately,
    /// since who may see it depends on who asks.
    /// </summary>
    private static async Task<IResult> HandleAsync(Guid id, long? v, HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetPhoto(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var photo = result.Value!;
        var etag = new EntityTagHeaderValue($"\"{photo.Version.ToString(CultureInfo.InvariantCulture)}\"");
        // Kept for good only at the address of this very version; any other address is checked again each time.
        http.Response.Headers.CacheControl = v == photo.Version ? "private, max-age=31536000, immutable" : "private, no-cache";
        return TypedResults.File(photo.Content, "image/jpeg", entityTag: etag);
    }
}
