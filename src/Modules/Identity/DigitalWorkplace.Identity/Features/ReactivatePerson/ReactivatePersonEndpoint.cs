namespace DigitalWorkplace.Identity.Features.ReactivatePerson;

/// <param name="StartDate">The renewed contract's first day (optional).</param>
/// <param name="EndDate">The renewed contract's last day (optional).</param>
internal sealed record ReactivatePersonBody(DateOnly? StartDate, DateOnly? EndDate);

internal static class ReactivatePersonEndpoint
{
    public static void Map(IEndpointRouteBuilder people) =>
        people.MapPost("/{id:guid}/reactivate", HandleAsync).WithName("ReactivatePerson");

    private static async Task<ApiResult<NoContent, Problem.Invalid, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid id, ReactivatePersonBody? body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ReactivatePerson(id, body?.StartDate, body?.EndDate), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
