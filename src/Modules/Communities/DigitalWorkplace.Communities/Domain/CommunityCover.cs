namespace DigitalWorkplace.Communities.Domain;

/// <summary>A community's cover picture (a 1200 × 400 JPEG, metadata gone), apart from the community so lists never load it.</summary>
internal sealed class CommunityCover
{
    public required Guid CommunityId { get; init; }

    public required byte[] Content { get; set; }
}
