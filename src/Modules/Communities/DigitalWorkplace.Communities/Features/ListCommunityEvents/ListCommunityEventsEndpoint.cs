using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.ListCommunityEvents;

internal static class ListCommunityEventsEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapGet("/{communityId:guid}/events", HandleAsync).WithName("ListCommunityEvents");

    private static async Task<ApiResult<Ok<IReadOnlyList<EventDto>>, Problem.NotFound>> HandleAsync(Guid communityId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListCommunityEvents(communityId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
