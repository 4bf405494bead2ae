using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.AcknowledgeAnnouncement;

internal static class AcknowledgeAnnouncementEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/announcements/{announcementId:guid}/acknowledgement", HandleAsync).WithName("AcknowledgeAnnouncement");

    private static async Task<ApiResult<Ok<AnnouncementDto>, Problem.NotFound, Problem.Conflict>> HandleAsync(Guid announcementId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new AcknowledgeAnnouncement(announcementId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
