using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.RespondToEvent;

internal sealed record RespondToEventBody(RsvpResponse? Response);

internal static class RespondToEventEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/events/{eventId:guid}/rsvp", HandleAsync).WithName("RespondToEvent").WithTags("Communities");

    private static async Task<ApiResult<Ok<EventDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid eventId, RespondToEventBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RespondToEvent(eventId, body.Response), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
