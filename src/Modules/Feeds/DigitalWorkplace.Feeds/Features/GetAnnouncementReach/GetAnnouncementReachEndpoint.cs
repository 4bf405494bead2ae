using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.GetAnnouncementReach;

internal static class GetAnnouncementReachEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/announcements/{announcementId:guid}/reach", HandleAsync).WithName("GetAnnouncementReach");

    private static async Task<ApiResult<Ok<AnnouncementReachDto>, Problem.NotFound>> HandleAsync(Guid announcementId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetAnnouncementReach(announcementId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
