using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListAnnouncementRecipients;

internal static class ListAnnouncementRecipientsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/announcements/{announcementId:guid}/recipients", HandleAsync).WithName("ListAnnouncementRecipients");

    private static async Task<ApiResult<Ok<Page<RecipientDto>>, Problem.Invalid, Problem.NotFound>> HandleAsync(
        Guid announcementId, RecipientFilter? filter, Guid? orgUnitId, string? after, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListAnnouncementRecipients(announcementId, filter ?? RecipientFilter.All, orgUnitId, after), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
