namespace DigitalWorkplace.Identity.Domain;

/// <summary>
/// A browser's signed-in session, kept on the server: the cookie carries only its key, so signing out (which deletes it)
/// ends the session for every copy of the cookie. It belongs to this instance, not to the organization's archive.
/// </summary>
internal sealed class SignInSession : BuildingBlocks.Persistence.INotArchived
{
    public required string Key { get; init; }

    public required Guid PersonId { get; init; }

    /// <summary>The serialised authentication ticket (claims and properties).</summary>
    public required byte[] Ticket { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; set; }
}
