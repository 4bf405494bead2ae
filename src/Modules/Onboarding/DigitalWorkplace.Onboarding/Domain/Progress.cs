namespace DigitalWorkplace.Onboarding.Domain;

/// <summary>A track a person must follow, and by when.</summary>
internal sealed class Assignment
{
    public required Guid PersonId { get; init; }

    public required Guid TrackId { get; init; }

    /// <summary>The track across its versions: unique with the person, so nobody holds two versions of one track.</summary>
    public required Guid LineageId { get; init; }

    /// <summary>When this round began: the first assignment, or a refresher's return (completions before it are gone).</summary>
    public required DateTimeOffset AssignedAt { get; set; }

    public required DateOnly DueOn { get; set; }

    /// <summary>When the person was reminded that the track is due soon (once).</summary>
    public DateTimeOffset? DueSoonRemindedAt { get; set; }

    /// <summary>When the track was found overdue, unfinished: the person was told and the overdue event published (once).</summary>
    public DateTimeOffset? OverdueNoticedAt { get; set; }
}

/// <summary>A step a person has done (a content step read, a quiz passed).</summary>
internal sealed class StepCompletion
{
    public required Guid PersonId { get; init; }

    public required Guid StepId { get; init; }

    public required Guid TrackId { get; init; }

    public required DateTimeOffset CompletedAt { get; init; }

    public int? ScorePercent { get; init; }
}

/// <summary>Every quiz attempt, passed or not, for the person's history and the authors' insights.</summary>
internal sealed class QuizAttempt
{
    public required Guid Id { get; init; }

    public required Guid PersonId { get; init; }

    public required Guid StepId { get; init; }

    public required int ScorePercent { get; init; }

    public required bool Passed { get; init; }

    public required DateTimeOffset At { get; init; }
}
