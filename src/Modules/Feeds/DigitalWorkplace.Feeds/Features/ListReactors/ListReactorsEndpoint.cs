using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListReactors;

internal static class ListReactorsEndpoint
{
    public static void Map(IEndpointRouteBuilder feeds) =>
        feeds.MapGet("/posts/{postId:guid}/reactions", HandleAsync).WithName("ListReactors");

    private static async Task<ApiResult<Ok<IReadOnlyList<ReactorsDto>>, Problem.NotFound>> HandleAsync(Guid postId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListReactors(postId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
