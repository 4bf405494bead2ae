using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Domain;

/// <summary>
/// A question or a problem someone sent from the Help entry: private between them and the people with the support role,
/// who answer in its thread. The requester follows the status and the answers from their notifications.
/// </summary>
internal sealed class SupportRequest
{
    public const int TextMaxLength = 2000;
    public const int PageMaxLength = 300;

    public required Guid Id { get; init; }

    public required Guid PersonId { get; init; }

    public required HelpCategory Category { get; init; }

    public required string Text { get; init; }

    /// <summary>The page they were on when they asked (a local path), to see what they saw.</summary>
    public string? Page { get; init; }

    public required HelpStatus Status { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }

    public bool HasScreenshot { get; set; }

    public string? IdempotencyKey { get; init; }

    public string? IdempotencyFingerprint { get; init; }
}

/// <summary>One message in a request's thread, from the requester or from support.</summary>
internal sealed class SupportMessage
{
    public required Guid Id { get; init; }

    public required Guid RequestId { get; init; }

    public required Guid AuthorId { get; init; }

    public required bool FromSupport { get; init; }

    public required string Text { get; init; }

    public required DateTimeOffset At { get; init; }
}

/// <summary>The screenshot sent with a request (a JPEG, re-encoded, metadata gone), apart so lists never load it.</summary>
internal sealed class SupportScreenshot
{
    public required Guid RequestId { get; init; }

    public required byte[] Content { get; init; }
}
