namespace DigitalWorkplace.Communities.Features.GetCalendarFeed;

internal sealed record CalendarFeedStatus(bool Active, DateTimeOffset? CreatedAt);

internal static class GetCalendarFeedEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/calendar-feed", HandleAsync).WithName("GetCalendarFeed").WithTags("Communities");

    private static async Task<Ok<CalendarFeedStatus>> HandleAsync(ISender sender, CancellationToken cancellationToken)
    {
        var since = (await sender.Send(new GetCalendarFeed(), cancellationToken)).Value;
        return TypedResults.Ok(new CalendarFeedStatus(since is not null, since));
    }
}
