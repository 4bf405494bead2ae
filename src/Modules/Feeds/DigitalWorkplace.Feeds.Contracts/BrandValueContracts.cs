using System.Globalization;
using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Feeds.Contracts;

/// <summary>A brand value, in both languages; <see cref="Name"/> and <see cref="Description"/> pick the reader's.</summary>
public sealed record BrandValueDto(Guid Id, string Icon, string NameEn, string NameFr, string DescriptionEn, string DescriptionFr, int Position, bool IsRetired)
{
    public string Name(CultureInfo culture) => IsFrench(culture) ? NameFr : NameEn;

    public string Description(CultureInfo culture) => IsFrench(culture) ? DescriptionFr : DescriptionEn;

    private static bool IsFrench(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr";
}

/// <summary>What an administrator writes for a value; a blank field is refused (both languages are required).</summary>
public sealed record BrandValueInput(string? Icon, string? NameEn, string? NameFr, string? DescriptionEn, string? DescriptionFr, int? Position, bool IsRetired = false);

/// <summary>A recognition attached to a post: the value, and the colleagues it thanks (1 to 10, not oneself).</summary>
public sealed record RecognitionInput(Guid ValueId, IReadOnlyList<Guid>? PersonIds);

/// <summary>A recognition post's value and the colleagues it thanks.</summary>
public sealed record RecognitionDto(BrandValueDto Value, IReadOnlyList<AuthorDto> People);

public sealed record ValueCountDto(BrandValueDto Value, int Count);

/// <param name="OrgUnitId">The location of the people recognised; null for people placed in no unit.</param>
public sealed record LocationCountDto(Guid? OrgUnitId, string? Name, int Count);

/// <summary>
/// The values wall for a period (and optionally one value or location): how many people were recognised for each value
/// and at each location, and the latest recognition posts the reader may read.
/// </summary>
public sealed record ValuesWallDto(DateOnly From, DateOnly To, IReadOnlyList<ValueCountDto> ByValue, IReadOnlyList<LocationCountDto> ByLocation, IReadOnlyList<PostDto> Recent);

/// <summary>Brand values (administered by administrators and communications) and the values wall.</summary>
public interface IBrandValues
{
    Task<IReadOnlyList<BrandValueDto>> ListAsync(bool includeRetired, CancellationToken cancellationToken);

    Task<Result<BrandValueDto>> CreateAsync(BrandValueInput value, CancellationToken cancellationToken);

    Task<Result<BrandValueDto>> UpdateAsync(Guid valueId, BrandValueInput value, CancellationToken cancellationToken);

    /// <param name="from">The first day (UTC) counted; 30 days ago by default.</param>
    /// <param name="to">The last day counted; today by default.</param>
    Task<Result<ValuesWallDto>> WallAsync(Guid? valueId, Guid? orgUnitId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken);
}
