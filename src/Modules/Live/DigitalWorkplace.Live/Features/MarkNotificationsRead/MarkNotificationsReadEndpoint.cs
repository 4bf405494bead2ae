namespace DigitalWorkplace.Live.Features.MarkNotificationsRead;

internal static class MarkNotificationsReadEndpoint
{
    public static void Map(IEndpointRouteBuilder notifications) =>
        notifications.MapPost("/read", HandleAsync).WithName("MarkNotificationsRead");

    private static async Task<NoContent> HandleAsync(ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new MarkNotificationsRead(), cancellationToken);
        return TypedResults.NoContent();
    }
}
