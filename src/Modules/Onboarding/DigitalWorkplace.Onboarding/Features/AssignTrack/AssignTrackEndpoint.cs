namespace DigitalWorkplace.Onboarding.Features.AssignTrack;

internal sealed record AssignTrackBody(IReadOnlyList<Guid> PersonIds);

/// <summary>How many of the people named were assigned now (the others had a version of the track already).</summary>
internal sealed record AssignedDto(int Assigned);

internal static class AssignTrackEndpoint
{
    public static void Map(IEndpointRouteBuilder authoring) =>
        authoring.MapPost("/tracks/{trackId:guid}/assignments", HandleAsync).WithName("AssignTrack");

    private static async Task<ApiResult<Ok<AssignedDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid trackId, AssignTrackBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new AssignTrack(trackId, body.PersonIds), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(new AssignedDto(result.Value)) : result.Error;
    }
}
