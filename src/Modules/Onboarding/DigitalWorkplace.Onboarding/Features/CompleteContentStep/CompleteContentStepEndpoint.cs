using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.CompleteContentStep;

internal static class CompleteContentStepEndpoint
{
    public static void Map(IEndpointRouteBuilder onboarding) =>
        onboarding.MapPost("/tracks/{trackId:guid}/steps/{stepId:guid}/complete", HandleAsync).WithName("CompleteContentStep");

    private static async Task<ApiResult<NoContent, Problem.NotFound, Problem.Conflict>> HandleAsync(Guid trackId, Guid stepId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CompleteContentStep(trackId, stepId), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
