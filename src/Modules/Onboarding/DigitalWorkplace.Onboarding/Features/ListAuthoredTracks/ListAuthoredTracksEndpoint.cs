using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.ListAuthoredTracks;

internal static class ListAuthoredTracksEndpoint
{
    public static void Map(IEndpointRouteBuilder authoring) =>
        authoring.MapGet("/tracks", HandleAsync).WithName("ListAuthoredTracks");

    private static async Task<ApiResult<Ok<IReadOnlyList<AuthoredTrackSummaryDto>>, Problem.Forbidden>> HandleAsync(ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListAuthoredTracks(), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
