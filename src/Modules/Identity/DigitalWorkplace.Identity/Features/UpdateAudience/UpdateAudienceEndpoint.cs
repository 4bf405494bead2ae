namespace DigitalWorkplace.Identity.Features.UpdateAudience;

internal sealed record UpdateAudienceBody(string? Name, AudienceCriteria? Criteria);

internal static class UpdateAudienceEndpoint
{
    public static void Map(IEndpointRouteBuilder audiences) =>
        audiences.MapPatch("/{id:guid}", HandleAsync).WithName("UpdateAudience");

    private static async Task<ApiResult<Ok<AudienceView>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid id, UpdateAudienceBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new UpdateAudience(id, body.Name, body.Criteria), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
