using System.Text.Json;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.UpdatePerson;

internal static class UpdatePersonEndpoint
{
    public static void Map(IEndpointRouteBuilder people) =>
        people.MapPatch("/{id:guid}", HandleAsync)
            .WithName("UpdatePerson")
            .Accepts<JsonElement>("application/json", "application/merge-patch+json");

    /// <summary>A JSON merge patch: the fields sent change, null clears one, the others stay.</summary>
    private static async Task<ApiResult<Ok<PersonAccount>, Problem.Invalid, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid id, JsonElement body, ISender sender, CancellationToken cancellationToken)
    {
        var patch = MergePatch.Read(body);
        var changes = new PersonChanges(
            patch.Text("displayName"), patch.Text("email"), patch.Text("userName"), patch.Text("position"), patch.Id("orgUnitId"), patch.Id("managerId"),
            patch.TextList("languages"), patch.Choice<EmploymentType>("employmentType"), patch.Text("employeeId"), patch.Date("startDate"), patch.Date("endDate"),
            patch.TextList("tags"));
        patch.RejectUnknownFields();
        if (!patch.Errors.IsValid)
        {
            return patch.Errors.ToError();
        }

        var result = await sender.Send(new UpdatePerson(id, changes), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
