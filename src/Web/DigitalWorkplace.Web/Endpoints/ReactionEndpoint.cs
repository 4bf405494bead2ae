using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.BuildingBlocks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Web.Endpoints;

/// <summary>
/// The reaction buttons under every post: tiny forms that post here and come back to the same post, so a feed does not
/// carry one Blazor form handler per post.
/// </summary>
internal static class ReactionEndpoint
{
    public const string Path = "/ui/reactions";

    public static IEndpointRouteBuilder MapReactionEndpoint(this IEndpointRouteBuilder app)
    {
        // [FromForm] parameters make the endpoint validate the antiforgery token the form carries.
        app.MapPost(Path, ReactAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<RedirectHttpResult> ReactAsync(
        [FromForm] Guid postId, [FromForm] string kind, [FromForm] string? undo, [FromForm] string? returnUrl,
        IFeedsService feeds, CancellationToken cancellationToken)
    {
        if (undo == "true")
        {
            await feeds.RemoveReactionAsync(postId, kind, cancellationToken);
        }
        else
        {
            await feeds.ReactAsync(postId, kind, cancellationToken);
        }

        // Whatever the outcome, the page shows the post's current counts; a failed reaction has nothing to explain.
        var back = LocalUrl.OrHome(returnUrl);
        return TypedResults.LocalRedirect($"{back}#post-{postId}");
    }
}
