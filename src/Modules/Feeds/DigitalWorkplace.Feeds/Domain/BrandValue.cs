namespace DigitalWorkplace.Feeds.Domain;

/// <summary>
/// One of the brand's values ("Customer first", "Care"), in English and French, with an icon (an emoji), that
/// recognition posts thank people against. A value is retired, never deleted: past recognitions keep it.
/// </summary>
internal sealed class BrandValue
{
    public const int IconMaxLength = 16;
    public const int NameMaxLength = 60;
    public const int DescriptionMaxLength = 300;

    public required Guid Id { get; init; }

    public required string Icon { get; set; }

    public required string NameEn { get; set; }

    public required string NameFr { get; set; }

    public required string DescriptionEn { get; set; }

    public required string DescriptionFr { get; set; }

    /// <summary>Where it stands in lists (smallest first).</summary>
    public int Position { get; set; }

    /// <summary>No longer offered for new recognitions; shown on the ones that used it.</summary>
    public bool IsRetired { get; set; }
}

/// <summary>One person thanked by a recognition post, with their location then: the values wall counts these.</summary>
internal sealed class Recognition
{
    public required Guid PostId { get; init; }

    public required Guid PersonId { get; init; }

    public required Guid BrandValueId { get; init; }

    public required Guid CommunityId { get; init; }

    public Guid? OrgUnitId { get; init; }

    public required DateTimeOffset GivenAt { get; init; }
}
