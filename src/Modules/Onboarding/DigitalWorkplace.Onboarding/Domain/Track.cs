using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Domain;

/// <summary>An ordered list of steps that everyone of the audience must go through after they start.</summary>
internal sealed class Track
{
    public required Guid Id { get; init; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public int DueInDaysAfterStart { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public List<TrackAudience> Audience { get; init; } = [];

    public List<Step> Steps { get; init; } = [];

    /// <summary>Counted from the person's start date, or from today when it is unknown.</summary>
    public DateOnly DueOnFor(DateOnly? startDate, DateOnly today) => (startDate ?? today).AddDays(DueInDaysAfterStart);
}

/// <summary>One Identity audience the track is assigned to: its members now, and whoever enters it later.</summary>
internal sealed class TrackAudience
{
    public required Guid TrackId { get; init; }

    public required Guid AudienceId { get; init; }
}

internal sealed class Step
{
    public required Guid Id { get; init; }

    public required Guid TrackId { get; init; }

    public required int Order { get; init; }

    public required StepKind Kind { get; init; }

    public required string Title { get; set; }

    public required string Markdown { get; set; }

    /// <summary>Rendered once when saved, with raw HTML disabled, so readers never run author markup.</summary>
    public required string Html { get; set; }

    public int PassMarkPercent { get; set; }

    /// <summary>How many times a quiz may be tried before passing (0: as often as needed).</summary>
    public int MaxAttempts { get; set; }

    /// <summary>How many questions each attempt draws from the pool, shuffled (0: all of them, shuffled).</summary>
    public int QuestionsPerAttempt { get; set; }

    public List<Question> Questions { get; init; } = [];
}

internal sealed class Question
{
    public required Guid Id { get; init; }

    public required Guid StepId { get; init; }

    public required int Order { get; init; }

    public required string Text { get; set; }

    public required List<string> Choices { get; init; }

    /// <summary>Several answers may be ticked (check boxes); a single-choice question has exactly one correct choice.</summary>
    public bool MultipleChoice { get; set; }

    /// <summary>Never leaves the server: the quiz is scored here. Right means exactly these choices, no more, no fewer.</summary>
    public required List<int> CorrectChoices { get; set; }
}
