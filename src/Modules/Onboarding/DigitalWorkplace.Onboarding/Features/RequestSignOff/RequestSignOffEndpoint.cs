using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.RequestSignOff;

internal static class RequestSignOffEndpoint
{
    public static void Map(IEndpointRouteBuilder onboarding) =>
        onboarding.MapPost("/tracks/{trackId:guid}/steps/{stepId:guid}/sign-off", HandleAsync).WithName("RequestSignOff");

    private static async Task<ApiResult<Ok<SignOffDto>, Problem.NotFound, Problem.Conflict>> HandleAsync(Guid trackId, Guid stepId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RequestSignOff(trackId, stepId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
