namespace DigitalWorkplace.Communities.Features.CreateCalendarFeed;

/// <param name="Url">The secret address, relative to the site; shown this once.</param>
internal sealed record CalendarFeedCreated(string Url);

internal static class CreateCalendarFeedEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/calendar-feed", HandleAsync).WithName("CreateCalendarFeed").WithTags("Communities");

    private static async Task<Created<CalendarFeedCreated>> HandleAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Created((string?)null, new CalendarFeedCreated((await sender.Send(new CreateCalendarFeed(), cancellationToken)).Value!));
}
