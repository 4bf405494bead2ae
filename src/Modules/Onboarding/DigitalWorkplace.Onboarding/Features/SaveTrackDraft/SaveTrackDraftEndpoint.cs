using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.SaveTrackDraft;

internal static class SaveTrackDraftEndpoint
{
    public static void Map(IEndpointRouteBuilder authoring) =>
        authoring.MapPut("/tracks/{trackId:guid}", HandleAsync).WithName("SaveTrackDraft");

    private static async Task<ApiResult<Ok<AuthoredTrackDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid trackId, NewTrack track, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SaveTrackDraft(trackId, track), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
