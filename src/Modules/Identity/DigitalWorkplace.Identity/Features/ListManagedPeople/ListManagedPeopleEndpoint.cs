using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.ListManagedPeople;

internal static class ListManagedPeopleEndpoint
{
    public static void Map(IEndpointRouteBuilder people) =>
        people.MapGet("/managed", HandleAsync).WithName("ListManagedPeople");

    private static async Task<ApiResult<Ok<Page<PersonAccount>>, Problem.Invalid>> HandleAsync(
        string? after, int? pageSize, Guid? orgUnitId, AccountStatus? status, EmploymentType? employmentType, string? search,
        ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListManagedPeople(after, pageSize, orgUnitId, status, employmentType, search), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
