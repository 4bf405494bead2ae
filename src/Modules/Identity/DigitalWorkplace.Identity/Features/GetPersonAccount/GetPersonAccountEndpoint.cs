using DigitalWorkplace.Identity.Accounts;

namespace DigitalWorkplace.Identity.Features.GetPersonAccount;

internal static class GetPersonAccountEndpoint
{
    public const string Name = "GetPersonAccount";

    public static void Map(IEndpointRouteBuilder people) =>
        people.MapGet("/{id:guid}/account", HandleAsync).WithName(Name);

    private static async Task<ApiResult<Ok<PersonAccount>, Problem.NotFound>> HandleAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetPersonAccount(id), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
