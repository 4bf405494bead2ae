using DigitalWorkplace.BuildingBlocks.Http;
using DigitalWorkplace.Identity.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Identity.Features.CreatePerson;

internal sealed record CreatePersonBody(
    string? Email, string? DisplayName, string? Password, EmploymentType EmploymentType, bool IsAdministrator,
    string? OrgUnitName, DateOnly? StartDate, DateOnly? EndDate);

internal static class CreatePersonEndpoint
{
    public static void MapCreatePerson(this IEndpointRouteBuilder people) =>
        people.MapPost("/", async (CreatePersonBody body, ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(
                new CreatePerson(body.Email, body.DisplayName, body.Password, body.EmploymentType, body.IsAdministrator, body.OrgUnitName, body.StartDate, body.EndDate),
                cancellationToken))
            .ToCreated(person => $"/api/v1/people/{person.Id}"));
}
