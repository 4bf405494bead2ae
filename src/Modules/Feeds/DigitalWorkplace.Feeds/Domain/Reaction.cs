namespace DigitalWorkplace.Feeds.Domain;

/// <summary>One person's reaction of one kind to a post; a person may react with several kinds.</summary>
internal sealed class Reaction
{
    public required Guid PostId { get; init; }

    public required Guid PersonId { get; init; }

    public required string Kind { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

internal static class ReactionKinds
{
    public const int MaxLength = 20;

    public static readonly IReadOnlyList<string> All = ["like", "celebrate", "support", "insightful", "funny"];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);

    /// <summary>Reactions are always listed in this fixed order, so clients can render them stably.</summary>
    public static int Order(string kind)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], kind, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return All.Count;
    }
}

internal static class IdempotencyKeys
{
    public const int MaxLength = 100;
}
