using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Features.GetAnnouncement;
using Microsoft.AspNetCore.Mvc;

namespace DigitalWorkplace.Feeds.Features.PublishAnnouncement;

internal static class PublishAnnouncementEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/announcements", HandleAsync).WithName("PublishAnnouncement");

    private static async Task<ApiResult<Results<Created<AnnouncementDto>, Ok<AnnouncementDto>>, Problem.Invalid, Problem.Forbidden, Problem.Unprocessable>> HandleAsync(
        NewAnnouncement body,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ISender sender,
        LinkGenerator links,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var result = await sender.Send(new PublishAnnouncement(body, idempotencyKey), cancellationToken);
        return result.IsSuccess ? result.Value!.ToHttp(announcement => links.AnnouncementPath(http, announcement.Id)) : result.Error;
    }
}
