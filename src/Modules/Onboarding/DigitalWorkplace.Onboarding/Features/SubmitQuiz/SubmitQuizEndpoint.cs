using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.SubmitQuiz;

/// <summary>The body of a quiz attempt: each question id mapped to the index of the chosen answer.</summary>
internal sealed record QuizAnswers(Dictionary<Guid, int>? Answers);

internal static class SubmitQuizEndpoint
{
    public static void Map(IEndpointRouteBuilder onboarding) =>
        onboarding.MapPost("/tracks/{trackId:guid}/steps/{stepId:guid}/quiz", HandleAsync).WithName("SubmitQuiz");

    private static async Task<ApiResult<Ok<QuizResultDto>, Problem.Invalid, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid trackId, Guid stepId, QuizAnswers body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SubmitQuiz(trackId, stepId, body.Answers), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
