namespace DigitalWorkplace.Identity.Features.ApprovePerson;

internal static class ApprovePersonEndpoint
{
    public static void Map(IEndpointRouteBuilder people) =>
        people.MapPost("/{id:guid}/approve", HandleAsync).WithName("ApprovePerson");

    private static async Task<ApiResult<NoContent, Problem.NotFound, Problem.Conflict>> HandleAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ApprovePerson(id), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
