using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.MarkAnnouncementRead;

internal static class MarkAnnouncementReadEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/announcements/{announcementId:guid}/read", HandleAsync).WithName("MarkAnnouncementRead");

    private static async Task<ApiResult<Ok<AnnouncementDto>, Problem.NotFound>> HandleAsync(Guid announcementId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new MarkAnnouncementRead(announcementId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
