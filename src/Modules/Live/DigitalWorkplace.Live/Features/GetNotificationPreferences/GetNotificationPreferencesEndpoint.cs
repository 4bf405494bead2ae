using DigitalWorkplace.Live.Contracts;

namespace DigitalWorkplace.Live.Features.GetNotificationPreferences;

internal static class GetNotificationPreferencesEndpoint
{
    public static void Map(IEndpointRouteBuilder notifications) =>
        notifications.MapGet("/preferences", HandleAsync).WithName("GetNotificationPreferences");

    private static async Task<Ok<NotificationPreferencesDto>> HandleAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok((await sender.Send(new GetNotificationPreferences(), cancellationToken)).Value!);
}
