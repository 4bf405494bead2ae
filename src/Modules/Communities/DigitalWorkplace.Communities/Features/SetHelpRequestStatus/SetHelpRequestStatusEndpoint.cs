using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.SetHelpRequestStatus;

internal sealed record SetHelpRequestStatusBody(HelpStatus? Status);

internal static class SetHelpRequestStatusEndpoint
{
    public static void Map(IEndpointRouteBuilder help) =>
        help.MapPut("/requests/{requestId:guid}/status", HandleAsync).WithName("SetHelpRequestStatus");

    private static async Task<ApiResult<Ok<HelpRequestDto>, Problem.Invalid, Problem.NotFound>> HandleAsync(
        Guid requestId, SetHelpRequestStatusBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetHelpRequestStatus(requestId, body.Status), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
