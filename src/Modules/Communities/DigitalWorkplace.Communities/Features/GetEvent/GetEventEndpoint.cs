using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.GetEvent;

internal static class GetEventEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/events/{eventId:guid}", HandleAsync).WithName("GetEvent").WithTags("Communities");

    private static async Task<ApiResult<Ok<EventDto>, Problem.NotFound>> HandleAsync(Guid eventId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetEvent(eventId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
