using DigitalWorkplace.BuildingBlocks.Idempotency;
using DigitalWorkplace.Communities.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace DigitalWorkplace.Communities.Features.PlanEvent;

internal static class PlanEventEndpoint
{
    public static void Map(IEndpointRouteBuilder communities) =>
        communities.MapPost("/{communityId:guid}/events", HandleAsync).WithName("PlanCommunityEvent");

    private static async Task<ApiResult<Results<Created<EventDto>, Ok<EventDto>>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Unprocessable>> HandleAsync(
        Guid communityId, PlanEventRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new PlanEvent(communityId, body, idempotencyKey), cancellationToken);
        return result.IsSuccess ? result.Value!.ToHttp(e => $"/api/v1/events/{e.Id}") : result.Error;
    }
}
