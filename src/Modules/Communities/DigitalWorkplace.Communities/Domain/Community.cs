using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Domain;

internal sealed class Community
{
    public required Guid Id { get; init; }

    public required string Name { get; set; }

    /// <summary>Upper-cased name: uniqueness ignores case ("Baristas" and "baristas" are the same community).</summary>
    public required string NormalizedName { get; set; }

    public required string Description { get; set; }

    public required CommunityVisibility Visibility { get; set; }

    public required bool IsOfficial { get; init; }

    public required Guid CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Every post (but its owners' and moderators') waits for a moderator's approval before anyone reads it.</summary>
    public bool RequiresPostApproval { get; set; }

    /// <summary>The rules members accept on joining (plain text, ≤ <see cref="CommunityLimits.CharterMaxLength"/>); null without one.</summary>
    public string? Charter { get; set; }

    /// <summary>Goes up with every change of the charter: members accept the version they read, and read again when it changes.</summary>
    public int CharterVersion { get; set; }

    /// <summary>Words people find it by and filter the directory with ("airport", "baristas"), lower-case, at most <see cref="CommunityLimits.MaxTags"/>.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>The language it speaks ("fr", "en"), or null for any.</summary>
    public string? Language { get; set; }

    /// <summary>The cover picture's version (it changes the address); null without one. The bytes are in <see cref="CommunityCover"/>.</summary>
    public long? CoverVersion { get; set; }

    /// <summary>When it was archived: read-only for everyone, still read by its members; null while active.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();
}
