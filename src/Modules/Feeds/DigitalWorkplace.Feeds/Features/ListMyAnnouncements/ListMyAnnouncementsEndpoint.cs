using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListMyAnnouncements;

internal static class ListMyAnnouncementsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/announcements", HandleAsync).WithName("ListMyAnnouncements");

    private static async Task<ApiResult<Ok<Page<AnnouncementDto>>, Problem.Invalid>> HandleAsync(
        bool? awaiting, string? after, int? pageSize, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListMyAnnouncements(awaiting ?? false, after, pageSize), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
