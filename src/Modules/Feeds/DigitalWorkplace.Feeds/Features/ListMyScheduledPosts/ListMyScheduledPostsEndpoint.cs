using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListMyScheduledPosts;

internal static class ListMyScheduledPostsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/scheduled-posts", HandleAsync).WithName("ListMyScheduledPosts");

    private static async Task<Ok<IReadOnlyList<ScheduledPostDto>>> HandleAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok((await sender.Send(new ListMyScheduledPosts(), cancellationToken)).Value!);
}
