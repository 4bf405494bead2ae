using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.ListPeople;

internal static class ListPeopleEndpoint
{
    public static void Map(IEndpointRouteBuilder people) =>
        people.MapGet("/", HandleAsync).WithName("ListPeople");

    private static async Task<ApiResult<Ok<Page<PersonSummary>>, Problem.Invalid>> HandleAsync(
        string? after, int? pageSize, Guid? orgUnitId, string? position, EmploymentType? employmentType, Guid? seasonId, string? search,
        ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListPeople(after, pageSize, new PeopleFilter(orgUnitId, position, employmentType, seasonId, search)), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
