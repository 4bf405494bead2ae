namespace DigitalWorkplace.Communities.Features.GetHelpScreenshot;

internal static class GetHelpScreenshotEndpoint
{
    public static void Map(IEndpointRouteBuilder help) =>
        help.MapGet("/requests/{requestId:guid}/screenshot", HandleAsync)
            .WithName("GetHelpScreenshot")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A picture, so not a typed JSON result: its responses are declared above. Never cached by shared caches.</summary>
    private static async Task<IResult> HandleAsync(Guid requestId, HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetHelpScreenshot(requestId), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(result.Value!, "image/jpeg");
    }
}
