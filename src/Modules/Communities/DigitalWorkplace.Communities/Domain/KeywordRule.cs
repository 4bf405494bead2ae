using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Domain;

/// <summary>A word a community's moderators refuse (<see cref="KeywordAction.Block"/>) or want to see first (<see cref="KeywordAction.Hold"/>).</summary>
internal sealed class KeywordRule
{
    public const int KeywordMaxLength = 50;

    public required Guid CommunityId { get; init; }

    /// <summary>Lower-cased and trimmed: rules match whole words, whatever their case.</summary>
    public required string Keyword { get; init; }

    public required KeywordAction Action { get; init; }
}
