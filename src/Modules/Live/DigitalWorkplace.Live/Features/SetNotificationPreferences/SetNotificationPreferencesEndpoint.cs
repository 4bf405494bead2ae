using DigitalWorkplace.Live.Contracts;

namespace DigitalWorkplace.Live.Features.SetNotificationPreferences;

internal static class SetNotificationPreferencesEndpoint
{
    public static void Map(IEndpointRouteBuilder notifications) =>
        notifications.MapPut("/preferences", HandleAsync).WithName("SetNotificationPreferences");

    private static async Task<ApiResult<Ok<NotificationPreferencesDto>, Problem.Invalid>> HandleAsync(NotificationPreferencesInput body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetNotificationPreferences(body), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
