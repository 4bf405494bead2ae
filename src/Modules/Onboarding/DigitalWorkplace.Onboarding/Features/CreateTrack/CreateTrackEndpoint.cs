using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Features.GetAuthoredTrack;
using Microsoft.AspNetCore.Mvc;

namespace DigitalWorkplace.Onboarding.Features.CreateTrack;

internal static class CreateTrackEndpoint
{
    public static void Map(IEndpointRouteBuilder onboarding) =>
        onboarding.MapPost("/tracks", HandleAsync).WithName("CreateOnboardingTrack");

    private static async Task<ApiResult<Results<Created<Guid>, Ok<Guid>>, Problem.Invalid, Problem.Forbidden, Problem.Unprocessable>> HandleAsync(
        NewTrack track, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender, LinkGenerator links, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateTrack(track, idempotencyKey), cancellationToken);
        return result.IsSuccess
            ? result.Value!.ToHttp(id => links.GetPathByName(http, GetAuthoredTrackEndpoint.Name, new { trackId = id })!)
            : result.Error;
    }
}
