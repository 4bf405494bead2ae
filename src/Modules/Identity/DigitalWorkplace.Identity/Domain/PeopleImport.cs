namespace DigitalWorkplace.Identity.Domain;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ImportStatus>))]
internal enum ImportStatus
{
    Running,
    Completed,
    Failed,
}

/// <summary>
/// One CSV import of people. The file is kept with it, so that an import a node stopped in the middle of is resumed by
/// another (the upsert is idempotent); its heartbeat is the lease.
/// </summary>
internal sealed class PeopleImport
{
    public const int MaxSourceLength = 8 * 1024 * 1024;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid? CreatedBy { get; init; }

    /// <summary>Whether the creator was a platform administrator (the runner acts with the creator's scope).</summary>
    public bool CreatedByPlatformAdmin { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public ImportStatus Status { get; set; }

    public int Total { get; set; }

    public int Processed { get; set; }

    public required string Source { get; set; }

    /// <summary>The per-row outcome, as JSON, once finished.</summary>
    public string? Report { get; set; }

    public DateTimeOffset HeartbeatAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
