using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.GetPerson;

internal static class GetPersonEndpoint
{
    public const string Name = "GetPerson";

    public static void Map(IEndpointRouteBuilder people) =>
        people.MapGet("/{id:guid}", HandleAsync).WithName(Name);

    private static async Task<ApiResult<Ok<PersonSummary>, Problem.NotFound>> HandleAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetPerson(id), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
