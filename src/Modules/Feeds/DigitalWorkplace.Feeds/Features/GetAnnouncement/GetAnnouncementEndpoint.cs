using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.GetAnnouncement;

internal static class GetAnnouncementEndpoint
{
    public const string Name = "GetAnnouncement";

    /// <summary>Where an announcement lives in the API: the Location of a published one.</summary>
    public static string AnnouncementPath(this LinkGenerator links, HttpContext http, Guid announcementId) =>
        links.GetPathByName(http, Name, new { announcementId }) ?? throw new InvalidOperationException("The GetAnnouncement endpoint is not mapped.");

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/announcements/{announcementId:guid}", HandleAsync).WithName(Name);

    private static async Task<ApiResult<Ok<AnnouncementDto>, Problem.NotFound>> HandleAsync(Guid announcementId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetAnnouncement(announcementId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
