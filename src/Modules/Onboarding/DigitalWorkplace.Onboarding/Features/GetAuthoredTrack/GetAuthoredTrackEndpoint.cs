using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.GetAuthoredTrack;

internal static class GetAuthoredTrackEndpoint
{
    public const string Name = "GetAuthoredTrack";

    public static void Map(IEndpointRouteBuilder authoring) =>
        authoring.MapGet("/tracks/{trackId:guid}", HandleAsync).WithName(Name);

    private static async Task<ApiResult<Ok<AuthoredTrackDto>, Problem.Forbidden, Problem.NotFound>> HandleAsync(Guid trackId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetAuthoredTrack(trackId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
