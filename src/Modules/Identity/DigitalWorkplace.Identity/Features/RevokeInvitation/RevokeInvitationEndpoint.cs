namespace DigitalWorkplace.Identity.Features.RevokeInvitation;

internal static class RevokeInvitationEndpoint
{
    public static void Map(IEndpointRouteBuilder invitations) =>
        invitations.MapDelete("/{id:guid}", HandleAsync).WithName("RevokeInvitation");

    private static async Task<ApiResult<NoContent, Problem.NotFound>> HandleAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RevokeInvitation(id), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error;
    }
}
