using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListSentAnnouncements;

internal static class ListSentAnnouncementsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/announcements/sent", HandleAsync).WithName("ListSentAnnouncements");

    private static async Task<ApiResult<Ok<Page<AnnouncementDto>>, Problem.Invalid>> HandleAsync(string? after, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListSentAnnouncements(after), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
