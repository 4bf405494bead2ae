using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Scheduling;

internal static class ScheduledPostViews
{
    public static async Task<IReadOnlyList<ScheduledPostDto>> ToDtosAsync(IReadOnlyList<ScheduledPost> posts, ICommunityDirectory communities, CancellationToken cancellationToken)
    {
        var names = await communities.NamesAsync(posts.Select(p => p.CommunityId).ToHashSet(), cancellationToken);
        return [.. posts.Select(p => new ScheduledPostDto(p.Id, p.CommunityId, names.GetValueOrDefault(p.CommunityId, ""), p.Markdown, p.PublishAt, p.Status.ToString(), p.PostId, p.Failure))];
    }

    public static PollInput? InputOf(PostPoll? poll) => poll is null ? null : new PollInput(poll.Options, poll.Multiple, poll.ClosesAt);
}
