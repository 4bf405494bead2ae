using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Domain;

/// <summary>
/// One version of an ordered list of steps that everyone of the audience must go through after they start. Editing a
/// published version makes a draft of the next one (same <see cref="LineageId"/>), so nobody's progress ever points at
/// steps that changed under them.
/// </summary>
internal sealed class Track
{
    public required Guid Id { get; init; }

    /// <summary>What "the track" is across its versions: the first version's id.</summary>
    public required Guid LineageId { get; init; }

    public required int Version { get; init; }

    public required TrackVersionStatus Status { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The language the texts below are written in; <see cref="Translations"/> holds the others.</summary>
    public required string Language { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public Dictionary<string, TrackText> Translations { get; set; } = [];

    public Guid? CreatedBy { get; init; }

    public string? IdempotencyKey { get; init; }

    public string? IdempotencyFingerprint { get; init; }

    public int DueInDaysAfterStart { get; set; }

    /// <summary>A refresher (food safety every 12 months): so many months after someone finishes, it is theirs to do again (0: never).</summary>
    public int RefreshAfterMonths { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public List<TrackAudience> Audience { get; init; } = [];

    public List<Step> Steps { get; init; } = [];

    /// <summary>The tracks to finish before this one opens.</summary>
    public List<TrackPrerequisite> Prerequisites { get; init; } = [];

    /// <summary>The title and description in the reader's language when the author wrote them in it, else as written.</summary>
    public TrackText TextIn(string language) => TextIn(language, Language, Translations, Title, Description);

    /// <summary>The same rule, for a track read as a projection.</summary>
    public static TrackText TextIn(string language, string written, Dictionary<string, TrackText> translations, string title, string description) =>
        language != written && translations.TryGetValue(language, out var translated) ? translated : new TrackText(title, description);

    /// <summary>Counted from the person's start date, or from today when it is unknown.</summary>
    public DateOnly DueOnFor(DateOnly? startDate, DateOnly today) => (startDate ?? today).AddDays(DueInDaysAfterStart);
}

/// <summary>A track (any of its versions) that must be finished before another one opens.</summary>
internal sealed class TrackPrerequisite
{
    public required Guid TrackId { get; init; }

    public required Guid LineageId { get; init; }
}

/// <summary>A step's title and page in another language, with the page rendered.</summary>
internal sealed record StoredStepText(string Title, string Markdown, string Html);

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

    /// <summary>The title and page in the track's other languages, rendered the same way.</summary>
    public Dictionary<string, StoredStepText> Translations { get; set; } = [];

    public int PassMarkPercent { get; set; }

    /// <summary>The community to join (<see cref="StepKind.JoinCommunity"/>) or the app tile to open (<see cref="StepKind.OpenApp"/>).</summary>
    public Guid? TargetId { get; set; }

    public StoredStepText TextIn(string language) =>
        Translations.TryGetValue(language, out var translated) ? translated : new StoredStepText(Title, Markdown, Html);

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

    /// <summary>The text and choices in the track's other languages (the same choices, in the same order).</summary>
    public Dictionary<string, QuestionText> Translations { get; set; } = [];

    /// <summary>Several answers may be ticked (check boxes); a single-choice question has exactly one correct choice.</summary>
    public bool MultipleChoice { get; set; }

    public QuestionText TextIn(string language) =>
        Translations.TryGetValue(language, out var translated) && translated.Choices.Count == Choices.Count ? translated : new QuestionText(Text, Choices);

    /// <summary>Never leaves the server: the quiz is scored here. Right means exactly these choices, no more, no fewer.</summary>
    public required List<int> CorrectChoices { get; set; }
}
