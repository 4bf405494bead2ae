using DigitalWorkplace.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Identity.Features.AccessTokens;

internal sealed record CreateAccessTokenBody(string? Name, int? ExpiresInDays);

internal static class AccessTokenEndpoints
{
    public static void MapAccessTokenEndpoints(this IEndpointRouteBuilder api)
    {
        var mine = api.MapGroup("/me/tokens").WithTags("Access tokens").RequireAuthorization();
        mine.MapPost("/", async (CreateAccessTokenBody body, ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(new CreateAccessToken(null, body.Name, body.ExpiresInDays), cancellationToken))
                .ToCreated(token => $"/api/v1/me/tokens/{token.Id}"));
        mine.MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(new ListMyAccessTokens(), cancellationToken)).ToOk());
        mine.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            (await sender.Send(new RevokeMyAccessToken(id), cancellationToken)).ToNoContent());

        api.MapPost("/people/{id:guid}/tokens", async (Guid id, CreateAccessTokenBody body, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new CreateAccessToken(id, body.Name, body.ExpiresInDays), cancellationToken))
                    .ToCreated(token => $"/api/v1/people/{id}/tokens/{token.Id}"))
            .WithTags("Access tokens")
            .RequireAuthorization();
    }
}
