using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.CompleteStep;

internal static class CompleteStepEndpoint
{
    public static void Map(IEndpointRouteBuilder onboarding) =>
        onboarding.MapPost("/tracks/{trackId:guid}/steps/{stepId:guid}/complete", HandleAsync).WithName("CompleteStep");

    private static async Task<ApiResult<Ok<StepCompletedDto>, Problem.NotFound, Problem.Conflict>> HandleAsync(Guid trackId, Guid stepId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CompleteStep(trackId, stepId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error;
    }
}
