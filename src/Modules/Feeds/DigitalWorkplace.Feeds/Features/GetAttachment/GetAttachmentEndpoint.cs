using Microsoft.Net.Http.Headers;

namespace DigitalWorkplace.Feeds.Features.GetAttachment;

internal static class GetAttachmentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/attachments/{attachmentId:guid}", GetAsync)
            .WithName("GetAttachment")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// Pictures are shown in the page; documents are always downloaded, never rendered by the browser as this site's pages
    /// (no sniffing, a sandbox). A file never changes, so its id is its ETag; but the browser asks again every time
    /// (no-cache), so that a hidden post's picture or a former member's access stops at once — a 304 when still allowed.
    /// </summary>
    private static async Task<IResult> GetAsync(Guid attachmentId, HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetAttachment(attachmentId), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var file = result.Value!;
        var etag = $"\"{attachmentId:N}\"";
        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        http.Response.Headers[HeaderNames.ContentSecurityPolicy] = "sandbox; default-src 'none'";
        http.Response.Headers[HeaderNames.CacheControl] = "private, no-cache";
        http.Response.Headers[HeaderNames.ETag] = etag;
        if (http.Request.Headers.IfNoneMatch.Contains(etag))
        {
            await file.Content.DisposeAsync();
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return file.IsImage
            ? Results.Stream(file.Content, file.ContentType)
            : Results.Stream(file.Content, file.ContentType, file.FileName);
    }
}
