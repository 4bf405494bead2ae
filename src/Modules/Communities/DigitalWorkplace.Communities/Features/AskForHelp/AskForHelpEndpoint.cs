using DigitalWorkplace.BuildingBlocks.Idempotency;
using DigitalWorkplace.Communities.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace DigitalWorkplace.Communities.Features.AskForHelp;

/// <param name="Screenshot">The picture, base64 in JSON (optional).</param>
internal sealed record AskForHelpBody(HelpCategory? Category, string? Text, string? Page, byte[]? Screenshot);

internal static class AskForHelpEndpoint
{
    public static void Map(IEndpointRouteBuilder help) =>
        help.MapPost("/requests", HandleAsync).WithName("AskForHelp");

    private static async Task<ApiResult<Results<Created<HelpRequestDto>, Ok<HelpRequestDto>>, Problem.Invalid, Problem.Unprocessable>> HandleAsync(
        AskForHelpBody body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new AskForHelp(body.Category, body.Text, body.Page, body.Screenshot, idempotencyKey), cancellationToken);
        return result.IsSuccess ? result.Value!.ToHttp(r => $"/api/v1/help/requests/{r.Id}") : result.Error;
    }
}
