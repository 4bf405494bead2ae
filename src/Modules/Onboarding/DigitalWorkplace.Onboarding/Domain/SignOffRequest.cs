using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Domain;

/// <summary>
/// A person's request that a manager of their location sign off an on-site task; decided once (approved: the step is
/// completed; declined: with a note, and the person may ask again). One waiting request a person and step at most.
/// </summary>
internal sealed class SignOffRequest
{
    public const int NoteMaxLength = 500;

    public required Guid Id { get; init; }

    public required Guid PersonId { get; init; }

    public required Guid TrackId { get; init; }

    public required Guid StepId { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public SignOffStatus Status { get; set; } = SignOffStatus.Waiting;

    public Guid? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? Note { get; set; }
}
