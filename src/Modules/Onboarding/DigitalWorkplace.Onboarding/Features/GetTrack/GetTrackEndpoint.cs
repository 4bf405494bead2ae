using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.GetTrack;

internal static class GetTrackEndpoint
{
    public const string Name = "GetTrack";

    public static void Map(IEndpointRouteBuilder onboarding) =>
        onboarding.MapGet("/tracks/{trackId:guid}", HandleAsync).WithName(Name);

    private static async Task<ApiResult<Ok<TrackDto>, Problem.NotFound>> HandleAsync(Guid trackId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetTrack(trackId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
