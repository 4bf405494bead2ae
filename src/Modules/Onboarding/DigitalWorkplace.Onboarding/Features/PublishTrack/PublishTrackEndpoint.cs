using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.PublishTrack;

/// <param name="MoveInProgress">Move the people in progress on the previous version to this one (they keep the steps that did not change).</param>
internal sealed record PublishTrackBody(bool MoveInProgress);

internal static class PublishTrackEndpoint
{
    public static void Map(IEndpointRouteBuilder authoring) =>
        authoring.MapPost("/tracks/{trackId:guid}/publish", HandleAsync).WithName("PublishTrack");

    private static async Task<ApiResult<Ok<AuthoredTrackDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid trackId, PublishTrackBody? body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new PublishTrack(trackId, body?.MoveInProgress ?? false), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
