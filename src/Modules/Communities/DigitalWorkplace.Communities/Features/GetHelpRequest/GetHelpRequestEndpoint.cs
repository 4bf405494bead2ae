using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.GetHelpRequest;

internal static class GetHelpRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder help) =>
        help.MapGet("/requests/{requestId:guid}", HandleAsync).WithName("GetHelpRequest");

    private static async Task<ApiResult<Ok<HelpRequestDto>, Problem.NotFound>> HandleAsync(Guid requestId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetHelpRequest(requestId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
