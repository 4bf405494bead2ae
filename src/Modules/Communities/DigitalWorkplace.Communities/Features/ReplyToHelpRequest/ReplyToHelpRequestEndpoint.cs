using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.ReplyToHelpRequest;

internal sealed record ReplyToHelpRequestBody(string? Text);

internal static class ReplyToHelpRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder help) =>
        help.MapPost("/requests/{requestId:guid}/messages", HandleAsync).WithName("ReplyToHelpRequest");

    private static async Task<ApiResult<Ok<HelpRequestDto>, Problem.Invalid, Problem.NotFound>> HandleAsync(
        Guid requestId, ReplyToHelpRequestBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ReplyToHelpRequest(requestId, body.Text), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
