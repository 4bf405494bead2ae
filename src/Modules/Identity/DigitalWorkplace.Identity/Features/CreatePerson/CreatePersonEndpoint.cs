using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Features.GetPerson;

namespace DigitalWorkplace.Identity.Features.CreatePerson;

/// <param name="UserName">The handle to sign in with; without one, the e-mail address is the user name.</param>
/// <param name="OrgUnitName">The unit by name (scripts); <paramref name="OrgUnitId"/> wins when both are sent.</param>
internal sealed record CreatePersonBody(
    string? Email, string? DisplayName, string? Password, EmploymentType EmploymentType, bool IsAdministrator,
    string? OrgUnitName, DateOnly? StartDate, DateOnly? EndDate,
    string? UserName, Guid? OrgUnitId, string? Position, string? EmployeeId, IReadOnlyList<string>? Languages, IReadOnlyList<string>? Tags);

internal static class CreatePersonEndpoint
{
    public static void Map(IEndpointRouteBuilder people) =>
        people.MapPost("/", HandleAsync).WithName("CreatePerson");

    private static async Task<ApiResult<Created<CreatedPerson>, Problem.Invalid, Problem.Forbidden, Problem.Conflict>> HandleAsync(
        CreatePersonBody body, ISender sender, LinkGenerator links, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new CreatePerson(
                body.Email, body.DisplayName, body.Password, body.EmploymentType, body.IsAdministrator, body.OrgUnitName, body.StartDate, body.EndDate,
                body.UserName, body.OrgUnitId, body.Position, body.EmployeeId, body.Languages, body.Tags),
            cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created(links.GetPathByName(http, GetPersonEndpoint.Name, new { id = result.Value!.Id }), result.Value)
            : result.Error;
    }
}
