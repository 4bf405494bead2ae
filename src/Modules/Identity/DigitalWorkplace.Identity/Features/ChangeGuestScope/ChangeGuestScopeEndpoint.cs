namespace DigitalWorkplace.Identity.Features.ChangeGuestScope;

internal sealed record ChangeGuestScopeBody(IReadOnlyList<Guid>? CommunityIds, IReadOnlyList<Guid>? AppIds);

internal static class ChangeGuestScopeEndpoint
{
    public static void Map(IEndpointRouteBuilder guests) =>
        guests.MapPut("/{id:guid}/scope", HandleAsync).WithName("ChangeGuestScope");

    private static async Task<ApiResult<Ok<GuestScopeView>, Problem.Invalid, Problem.NotFound>> HandleAsync(
        Guid id, ChangeGuestScopeBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ChangeGuestScope(id, body.CommunityIds, body.AppIds), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error!;
    }
}
