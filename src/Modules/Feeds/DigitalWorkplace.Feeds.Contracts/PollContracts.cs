using DigitalWorkplace.BuildingBlocks.Messaging;

namespace DigitalWorkplace.Feeds.Contracts;

/// <summary>A poll to attach to a new post: 2 to 10 answers, one or several choices, an optional closing time.</summary>
public sealed record PollInput(IReadOnlyList<string>? Options, bool Multiple = false, DateTimeOffset? ClosesAt = null);

public sealed record PollOptionDto(int Index, string Text, int Votes);

/// <param name="Voters">How many people voted (a person choosing two answers counts once).</param>
/// <param name="MyChoices">The reader's own choices, by index.</param>
public sealed record PollDto(IReadOnlyList<PollOptionDto> Options, bool Multiple, DateTimeOffset? ClosesAt, bool IsClosed, int Voters, IReadOnlyList<int> MyChoices);

public static class PollLimits
{
    public const int MinOptions = 2;
    public const int MaxOptions = 10;
    public const int OptionMaxLength = 100;
}

/// <summary>Someone voted: open screens show the new counts at once.</summary>
[IntegrationEventName("feeds.poll-voted")]
public sealed record PollVotedIntegrationEvent(Guid PostId, Guid CommunityId, IReadOnlyList<int> Counts, int Voters) : IntegrationEvent;
