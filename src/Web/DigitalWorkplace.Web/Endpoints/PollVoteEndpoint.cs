using DigitalWorkplace.BuildingBlocks.Http;
using DigitalWorkplace.Feeds.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Web.Endpoints;

/// <summary>The vote form under a poll, as the reaction buttons do: it posts here and comes back to the same post.</summary>
internal static class PollVoteEndpoint
{
    public const string Path = "/ui/polls";

    public static IEndpointRouteBuilder MapPollVoteEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, VoteAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<RedirectHttpResult> VoteAsync(
        [FromForm] Guid postId, [FromForm] string? returnUrl, HttpRequest request, IFeedsService feeds, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var choices = form["choice"].Select(c => int.TryParse(c, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : -1).ToList();
        // Nothing chosen, a closed poll, a lost membership: the page shows the poll as it now is.
        if (choices.Count > 0)
        {
            await feeds.VoteAsync(postId, choices, cancellationToken);
        }

        return TypedResults.LocalRedirect($"{LocalUrl.OrHome(returnUrl)}#post-{postId}");
    }
}
