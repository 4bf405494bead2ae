using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.ListMyEvents;

internal static class ListMyEventsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/events", HandleAsync).WithName("ListMyEvents").WithTags("Communities");

    private static async Task<ApiResult<Ok<IReadOnlyList<EventDto>>, Problem.Invalid>> HandleAsync(int? take, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListMyEvents(take), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
