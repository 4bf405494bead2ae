using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.DecideSignOff;

/// <summary>The body of a decision: approve, or decline with a note.</summary>
internal sealed record SignOffDecision(bool Approve, string? Note);

internal static class DecideSignOffEndpoint
{
    public static void Map(IEndpointRouteBuilder onboarding) =>
        onboarding.MapPost("/sign-offs/{signOffId:guid}/decision", HandleAsync).WithName("DecideSignOff");

    private static async Task<ApiResult<Ok<SignOffDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid signOffId, SignOffDecision body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DecideSignOff(signOffId, body.Approve, body.Note), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
