namespace DigitalWorkplace.Identity.Domain;

/// <summary>
/// What makes an external person a guest: the colleague who sponsors them and the only communities and apps they may
/// use. Everything else of the platform is closed to them; their account's end date is their expiry.
/// </summary>
internal sealed class GuestAccess
{
    public const int MaxCommunities = 50;
    public const int MaxApps = 50;

    public Guid PersonId { get; init; }

    public Guid SponsorId { get; set; }

    public List<Guid> CommunityIds { get; set; } = [];

    public List<Guid> AppIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; init; }
}
