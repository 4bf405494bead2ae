using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Features.GetTrack;

namespace DigitalWorkplace.Onboarding.Features.CreateTrack;

internal static class CreateTrackEndpoint
{
    public static void Map(IEndpointRouteBuilder onboarding) =>
        onboarding.MapPost("/tracks", HandleAsync).WithName("CreateOnboardingTrack");

    private static async Task<ApiResult<Created<Guid>, Problem.Invalid, Problem.Forbidden>> HandleAsync(
        NewTrack track, ISender sender, LinkGenerator links, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateTrack(track), cancellationToken);
        return result.IsSuccess ? TypedResults.Created(links.GetPathByName(http, GetTrackEndpoint.Name, new { trackId = result.Value }), result.Value) : result.Error;
    }
}
