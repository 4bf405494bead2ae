namespace DigitalWorkplace.Communities.Features.RevokeCalendarFeed;

internal static class RevokeCalendarFeedEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/me/calendar-feed", HandleAsync).WithName("RevokeCalendarFeed").WithTags("Communities");

    private static async Task<NoContent> HandleAsync(ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RevokeCalendarFeed(), cancellationToken);
        return TypedResults.NoContent();
    }
}
