using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.EndAccess;

internal static class EndAccessEndpoint
{
    public static void Map(IEndpointRouteBuilder people)
    {
        people.MapPost("/{id:guid}/suspend", (Guid id, ISender sender, CancellationToken cancellationToken) => HandleAsync(new EndAccess(id, AccountStatus.Suspended), sender, cancellationToken))
            .WithName("SuspendPerson");
        people.MapPost("/{id:guid}/end", (Guid id, ISender sender, CancellationToken cancellationToken) => HandleAsync(new EndAccess(id, AccountStatus.Ended), sender, cancellationToken))
            .WithName("EndPerson");
    }

    private static async Task<ApiResult<NoContent, Problem.NotFound, Problem.Conflict>> HandleAsync(EndAccess command, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
