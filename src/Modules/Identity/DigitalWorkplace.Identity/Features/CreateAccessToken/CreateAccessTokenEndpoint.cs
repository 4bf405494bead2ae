using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.CreateAccessToken;

internal sealed record CreateAccessTokenBody(string? Name, int? ExpiresInDays);

/// <summary>A token for oneself (<c>POST /me/tokens</c>) or, by an administrator, for someone else (<c>POST /people/{id}/tokens</c>).</summary>
internal static class CreateAccessTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/me/tokens", (CreateAccessTokenBody body, ISender sender, CancellationToken cancellationToken) =>
                HandleAsync(null, body, sender, cancellationToken))
            .WithName("CreateMyAccessToken");
        api.MapPost("/people/{id:guid}/tokens", (Guid id, CreateAccessTokenBody body, ISender sender, CancellationToken cancellationToken) =>
                HandleAsync(id, body, sender, cancellationToken))
            .WithName("CreateAccessToken");
    }

    private static async Task<ApiResult<Created<CreatedToken>, Problem.Invalid, Problem.Forbidden, Problem.NotFound>> HandleAsync(
        Guid? personId, CreateAccessTokenBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateAccessToken(personId, body.Name, body.ExpiresInDays), cancellationToken);
        var owner = personId is { } id ? $"people/{id}" : "me";
        return result.IsSuccess ? TypedResults.Created($"/api/v1/{owner}/tokens/{result.Value!.Id}", result.Value) : result.Error;
    }
}
