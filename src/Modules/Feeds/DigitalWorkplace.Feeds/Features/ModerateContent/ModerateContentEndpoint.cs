using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ModerateContent;

internal static class ModerateContentEndpoint
{
    public static void Map(IEndpointRouteBuilder feeds)
    {
        // "approve" is "restore" said of held content: both publish it.
        foreach (var (path, decision) in new[] { ("hide", ModerationDecision.Hide), ("restore", ModerationDecision.Restore), ("approve", ModerationDecision.Restore) })
        {
            feeds.MapPost($"/moderation/posts/{{postId:guid}}/{path}",
                (Guid postId, ISender sender, CancellationToken cancellationToken) => HandleAsync(new ModerateContent(postId, null, decision), sender, cancellationToken))
                .WithName($"Moderation{path}Post");
            feeds.MapPost($"/moderation/posts/{{postId:guid}}/comments/{{commentId:guid}}/{path}",
                (Guid postId, Guid commentId, ISender sender, CancellationToken cancellationToken) => HandleAsync(new ModerateContent(postId, commentId, decision), sender, cancellationToken))
                .WithName($"Moderation{path}Comment");
        }

        feeds.MapDelete("/moderation/posts/{postId:guid}",
            (Guid postId, ISender sender, CancellationToken cancellationToken) => HandleAsync(new ModerateContent(postId, null, ModerationDecision.Delete), sender, cancellationToken))
            .WithName("ModerationDeletePost");
        feeds.MapDelete("/moderation/posts/{postId:guid}/comments/{commentId:guid}",
            (Guid postId, Guid commentId, ISender sender, CancellationToken cancellationToken) => HandleAsync(new ModerateContent(postId, commentId, ModerationDecision.Delete), sender, cancellationToken))
            .WithName("ModerationDeleteComment");
    }

    private static async Task<ApiResult<NoContent, Problem.Forbidden, Problem.NotFound>> HandleAsync(ModerateContent command, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
