using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListModerationQueue;

internal static class ListModerationQueueEndpoint
{
    /// <summary><c>GET /moderation?communityId=…&amp;view=Reported|Held|Hidden|Deleted</c>: without a community, every community's (administrators).</summary>
    public static void Map(IEndpointRouteBuilder feeds) =>
        feeds.MapGet("/moderation", HandleAsync).WithName("ListModerationQueue");

    private static async Task<ApiResult<Ok<IReadOnlyList<ModerationItemDto>>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid? communityId, ModerationView? view, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListModerationQueue(communityId, view ?? ModerationView.Reported), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
