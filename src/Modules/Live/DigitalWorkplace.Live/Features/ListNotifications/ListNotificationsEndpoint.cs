using DigitalWorkplace.Live.Contracts;

namespace DigitalWorkplace.Live.Features.ListNotifications;

internal static class ListNotificationsEndpoint
{
    public static void Map(IEndpointRouteBuilder notifications) =>
        notifications.MapGet("/", HandleAsync).WithName("ListNotifications");

    private static async Task<ApiResult<Ok<NotificationListDto>, Problem.Invalid>> HandleAsync(int? take, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListNotifications(take), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
