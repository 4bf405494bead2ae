using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListAnnouncementAudiences;

internal static class ListAnnouncementAudiencesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/announcements/audiences", HandleAsync).WithName("ListAnnouncementAudiences");

    private static async Task<Ok<IReadOnlyList<AudienceOptionDto>>> HandleAsync(ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListAnnouncementAudiences(), cancellationToken);
        return TypedResults.Ok(result.Value!);
    }
}
