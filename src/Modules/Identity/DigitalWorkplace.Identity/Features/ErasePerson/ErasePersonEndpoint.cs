using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.ErasePerson;

internal sealed record ErasePersonBody(bool RemoveContent);

internal static class ErasePersonEndpoint
{
    public static void Map(IEndpointRouteBuilder people) =>
        people.MapPost("/{id:guid}/erase", HandleAsync).WithName("ErasePerson");

    private static async Task<ApiResult<NoContent, Problem.Invalid, Problem.NotFound, Problem.Conflict>> HandleAsync(Guid id, ErasePersonBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ErasePerson(id, body.RemoveContent), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!;
    }
}
