using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.ListAttendees;

internal static class ListAttendeesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/events/{eventId:guid}/attendees", HandleAsync).WithName("ListEventAttendees").WithTags("Communities");

    private static async Task<ApiResult<Ok<IReadOnlyList<AttendeeDto>>, Problem.Forbidden, Problem.NotFound>> HandleAsync(Guid eventId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListAttendees(eventId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
