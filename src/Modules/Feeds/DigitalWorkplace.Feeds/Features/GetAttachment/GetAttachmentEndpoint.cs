using Microsoft.Net.Http.Headers;

namespace DigitalWorkplace.Feeds.Features.GetAttachment;

internal static class GetAttachmentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/attachments/{attachmentId:guid}", GetAsync)
            .WithName("GetAttachment")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// Pictures are shown in the page; documents are always downloaded, never rendered by the browser as this site's pages
    /// (no sniffing, a sandbox). Cached privately: they never change, but they are not for shared caches.
    /// </summary>
    private static async Task<IResult> GetAsync(Guid attachmentId, HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetAttachment(attachmentId), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var file = result.Value!;
        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        http.Response.Headers[HeaderNames.ContentSecurityPolicy] = "sandbox; default-src 'none'";
        http.Response.Headers[HeaderNames.CacheControl] = "private, max-age=86400";
        return file.IsImage
            ? Results.Stream(file.Content, file.ContentType)
            : Results.Stream(file.Content, file.ContentType, file.FileName);
    }
}
