using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.ListHelpQueue;

internal static class ListHelpQueueEndpoint
{
    public static void Map(IEndpointRouteBuilder help) =>
        help.MapGet("/requests", HandleAsync).WithName("ListHelpQueue");

    private static async Task<ApiResult<Ok<IReadOnlyList<HelpRequestDto>>, Problem.Invalid, Problem.NotFound>> HandleAsync(HelpStatus? status, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListHelpQueue(status), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
