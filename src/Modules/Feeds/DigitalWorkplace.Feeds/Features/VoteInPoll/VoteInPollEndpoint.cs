using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.VoteInPoll;

internal sealed record VoteInPollBody(IReadOnlyList<int>? Choices);

internal static class VoteInPollEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/posts/{postId:guid}/poll/vote", HandleAsync).WithName("VoteInPoll");

    private static async Task<ApiResult<Ok<PollDto>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid postId, VoteInPollBody body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new VoteInPoll(postId, body.Choices), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
