namespace DigitalWorkplace.Feeds.Domain;

/// <summary>A post's poll (kept on the post as JSON): the post's text asks, these are the answers.</summary>
internal sealed record PostPoll(List<string> Options, bool Multiple, DateTimeOffset? ClosesAt)
{
    public bool IsClosed(DateTimeOffset now) => ClosesAt is { } closes && closes <= now;
}

/// <summary>One person's choice of one option (several rows for a multiple-choice poll).</summary>
internal sealed class PollVote
{
    public required Guid PostId { get; init; }

    public required Guid PersonId { get; init; }

    public required int Option { get; init; }

    public required DateTimeOffset VotedAt { get; init; }
}
