namespace DigitalWorkplace.Identity.Domain;

/// <summary>
/// One line of the append-only audit log: who did what to what, when and from where, with the fields before and after.
/// Nothing updates an entry; only retention deletes old ones, and an erasure scrubs the erased person's name.
/// </summary>
internal sealed class AuditEntry
{
    public const int ActionMaxLength = 60;
    public const int TextMaxLength = 200;

    /// <summary>The event's id (UUID v7): time-ordered, and what makes a redelivery a no-op.</summary>
    public required Guid Id { get; init; }

    public required DateTimeOffset At { get; init; }

    public required string Action { get; init; }

    /// <summary>The person who acted; null for the system.</summary>
    public Guid? ActorId { get; init; }

    public string? Address { get; init; }

    public string? Client { get; init; }

    /// <summary>The client that acted when no person did (a SCIM directory), by name.</summary>
    public string? Via { get; init; }

    public required string SubjectType { get; init; }

    public string? SubjectId { get; init; }

    public string? SubjectName { get; set; }

    /// <summary>The unit the subject belongs to: administrators read the entries of the units they administer.</summary>
    public Guid? OrgUnitId { get; init; }

    /// <summary>The changed fields, as a JSON object of texts.</summary>
    public string? Before { get; init; }

    public string? After { get; init; }
}
