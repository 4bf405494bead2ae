using DigitalWorkplace.BuildingBlocks.Http;
using DigitalWorkplace.BuildingBlocks.Results;
using Microsoft.AspNetCore.Http;

namespace DigitalWorkplace.Feeds.Features;

/// <summary>Something created, or found again when a retry carried the same idempotency key.</summary>
internal sealed record Creation<T>(T Value, bool IsReplay);

internal static class CreationResults
{
    /// <summary>201 when created now, 200 with the same resource when a retry replayed the creation.</summary>
    public static IResult ToCreatedOrReplayed<T>(this Result<Creation<T>> result, Func<T, string> location) =>
        result switch
        {
            { IsSuccess: false } => result.Error!.ToProblem(),
            { Value.IsReplay: true } => TypedResults.Ok(result.Value.Value),
            _ => TypedResults.Created(location(result.Value!.Value), result.Value.Value),
        };
}

internal static class IdempotencyErrors
{
    /// <summary>A retry must repeat the same request: the key's first use was for another community or post.</summary>
    public static readonly Error KeyReused =
        Error.Conflict("idempotency.key_reused", "This Idempotency-Key was already used for another request.");
}
