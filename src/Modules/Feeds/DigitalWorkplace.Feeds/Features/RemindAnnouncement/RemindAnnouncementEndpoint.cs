using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.RemindAnnouncement;

internal static class RemindAnnouncementEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/announcements/{announcementId:guid}/reminders", HandleAsync).WithName("RemindAnnouncement");

    private static async Task<ApiResult<Ok<ReminderSentDto>, Problem.NotFound, Problem.Conflict>> HandleAsync(Guid announcementId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RemindAnnouncement(announcementId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
