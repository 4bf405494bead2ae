using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.ListPeople;

internal static class ListPeopleEndpoint
{
    public static void Map(IEndpointRouteBuilder people) =>
        people.MapGet("/", HandleAsync).WithName("ListPeople");

    private static async Task<ApiResult<Ok<Page<PersonSummary>>, Problem.Invalid>> HandleAsync(string? after, int? pageSize, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListPeople(after, pageSize), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
