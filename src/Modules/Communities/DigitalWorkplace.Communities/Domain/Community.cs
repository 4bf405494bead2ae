using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Domain;

internal sealed class Community
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Upper-cased name: uniqueness ignores case ("Baristas" and "baristas" are the same community).</summary>
    public required string NormalizedName { get; init; }

    public required string Description { get; init; }

    public required CommunityVisibility Visibility { get; init; }

    public required bool IsOfficial { get; init; }

    public required Guid CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Every post (but its owners' and moderators') waits for a moderator's approval before anyone reads it.</summary>
    public bool RequiresPostApproval { get; set; }

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();
}
