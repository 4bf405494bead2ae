using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.TranslateContent;

internal static class TranslateContentEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/posts/{postId:guid}/translation", (Guid postId, string? to, ISender sender, CancellationToken cancellationToken) =>
            HandleAsync(new TranslateContent(postId, null, to), sender, cancellationToken)).WithName("TranslatePost");
        api.MapGet("/posts/{postId:guid}/comments/{commentId:guid}/translation", (Guid postId, Guid commentId, string? to, ISender sender, CancellationToken cancellationToken) =>
            HandleAsync(new TranslateContent(postId, commentId, to), sender, cancellationToken)).WithName("TranslateComment");
    }

    private static async Task<ApiResult<Ok<TranslationDto>, Problem.Invalid, Problem.NotFound, Problem.Unavailable>> HandleAsync(TranslateContent request, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(request, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
