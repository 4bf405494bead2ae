namespace DigitalWorkplace.Feeds.Domain;

/// <summary>One person's reaction of one kind to a post; a person may react with several kinds.</summary>
internal sealed class Reaction
{
    public required Guid PostId { get; init; }

    public required Guid PersonId { get; init; }

    public required string Kind { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
