using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.InvitePerson;

internal sealed record InvitePersonBody(
    string? DisplayName, string? Email, Guid? OrgUnitId, EmploymentType EmploymentType, Guid? SeasonId, string? Position, string? EmployeeId,
    DateOnly? StartDate, DateOnly? EndDate, int? ExpiresInDays);

internal static class InvitePersonEndpoint
{
    public static void Map(IEndpointRouteBuilder invitations) =>
        invitations.MapPost("/", HandleAsync).WithName("InvitePerson");

    private static async Task<ApiResult<Created<SentInvitation>, Problem.Invalid, Problem.Forbidden, Problem.Conflict>> HandleAsync(
        InvitePersonBody body, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new InvitePerson(body.DisplayName, body.Email, body.OrgUnitId, body.EmploymentType, body.SeasonId, body.Position, body.EmployeeId,
                body.StartDate, body.EndDate, body.ExpiresInDays),
            cancellationToken);
        return result.IsSuccess ? result.Value!.Created(http.Request) : result.Error;
    }
}
