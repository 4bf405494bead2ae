using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace DigitalWorkplace.Communities.Features.GetCover;

internal static class GetCoverEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapGet("/{communityId:guid}/cover", HandleAsync)
            .WithName("GetCommunityCover")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>The JPEG; kept for good by the browser only at the address of this very version, privately (who sees it depends on who asks).</summary>
    private static async Task<IResult> HandleAsync(Guid communityId, long? v, HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetCover(communityId), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var cover = result.Value!;
        http.Response.Headers.CacheControl = v == cover.Version ? "private, max-age=31536000, immutable" : "private, no-cache";
        return TypedResults.File(cover.Content, "image/jpeg", entityTag: new EntityTagHeaderValue($"\"{cover.Version.ToString(CultureInfo.InvariantCulture)}\""));
    }
}
