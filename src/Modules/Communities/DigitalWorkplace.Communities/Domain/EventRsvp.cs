using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Domain;

/// <summary>One person's answer to one event; a "yes" past the capacity waits, in the order people answered.</summary>
internal sealed class EventRsvp
{
    public required Guid EventId { get; init; }

    public required Guid PersonId { get; init; }

    public required RsvpResponse Response { get; set; }

    /// <summary>A "yes" that came when the event was full: moved up, oldest first, when someone coming drops out.</summary>
    public bool Waitlisted { get; set; }

    public required DateTimeOffset RespondedAt { get; set; }
}
