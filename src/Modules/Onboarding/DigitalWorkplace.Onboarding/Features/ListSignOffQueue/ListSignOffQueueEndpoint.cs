using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.ListSignOffQueue;

internal static class ListSignOffQueueEndpoint
{
    public static void Map(IEndpointRouteBuilder onboarding) =>
        onboarding.MapGet("/sign-offs", HandleAsync).WithName("ListSignOffQueue");

    private static async Task<Ok<IReadOnlyList<SignOffDto>>> HandleAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok((await sender.Send(new ListSignOffQueue(), cancellationToken)).Value ?? []);
}
