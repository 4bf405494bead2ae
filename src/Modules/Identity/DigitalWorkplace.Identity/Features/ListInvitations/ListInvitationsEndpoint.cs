namespace DigitalWorkplace.Identity.Features.ListInvitations;

internal static class ListInvitationsEndpoint
{
    public static void Map(IEndpointRouteBuilder invitations) =>
        invitations.MapGet("/", HandleAsync).WithName("ListInvitations");

    private static async Task<ApiResult<Ok<OpenInvitations>, Problem.Invalid>> HandleAsync(Guid? orgUnitId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListInvitations(orgUnitId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
