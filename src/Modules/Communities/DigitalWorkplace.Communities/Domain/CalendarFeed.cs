namespace DigitalWorkplace.Communities.Domain;

/// <summary>
/// A person's secret calendar address, for a calendar app to subscribe to their communities' events. Only the token's
/// hash is kept: the address is shown once; a new one replaces it, and revoking deletes it.
/// </summary>
internal sealed class CalendarFeed
{
    public required Guid PersonId { get; init; }

    public required string TokenHash { get; set; }

    public required DateTimeOffset CreatedAt { get; set; }
}
