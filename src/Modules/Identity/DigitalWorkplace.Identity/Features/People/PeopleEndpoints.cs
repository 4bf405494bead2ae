using DigitalWorkplace.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Identity.Features.People;

internal static class PeopleEndpoints
{
    public static void MapPeopleEndpoints(this IEndpointRouteBuilder people)
    {
        people.MapGet("/me", async (ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(new GetMe(), cancellationToken)).ToOk());

        people.MapGet("/", async (string? after, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(new ListPeople(after, pageSize), cancellationToken)).ToOk());

        people.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(new GetPerson(id), cancellationToken)).ToOk());
    }
}
