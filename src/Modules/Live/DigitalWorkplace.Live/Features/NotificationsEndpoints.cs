using DigitalWorkplace.BuildingBlocks.Http;
using DigitalWorkplace.Live.Features.ListNotifications;
using DigitalWorkplace.Live.Features.MarkNotificationsRead;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Live.Features;

internal static class NotificationsEndpoints
{
    /// <summary><c>GET /notifications?take=</c> and <c>POST /notifications/read</c> (204).</summary>
    public static void MapNotifications(this IEndpointRouteBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");
        notifications.MapGet("/", async (int? take, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListNotificationsQuery(take), cancellationToken)).ToOk())
            .WithName("ListNotifications");
        notifications.MapPost("/read", async (ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new MarkNotificationsReadCommand(), cancellationToken)).ToNoContent())
            .WithName("MarkNotificationsRead");
    }
}
