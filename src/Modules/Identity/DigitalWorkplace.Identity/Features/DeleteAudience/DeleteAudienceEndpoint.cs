namespace DigitalWorkplace.Identity.Features.DeleteAudience;

internal static class DeleteAudienceEndpoint
{
    public static void Map(IEndpointRouteBuilder audiences) =>
        audiences.MapDelete("/{id:guid}", HandleAsync).WithName("DeleteAudience");

    private static async Task<ApiResult<NoContent, Problem.NotFound>> HandleAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DeleteAudience(id), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
