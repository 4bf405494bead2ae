using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.CreateTrack;

/// <summary>What a track needs to be followable; field names match the JSON body so a form can show each error.</summary>
internal static class NewTrackRules
{
    public const int MaxSteps = 100;
    public const int MaxQuestions = 50;
    public const int MaxChoices = 10;
    public const int MaxAttempts = 20;

    public static void Validate(NewTrack? track, Validator validator)
    {
        if (track is null)
        {
            validator.Add("body", FieldError.Required());
            return;
        }

        validator
            .Required("title", track.Title, 200)
            .MaxLength("description", track.Description, 2000)
            .That(track.AudienceIds is { Count: > 0 and <= 20 }, "audienceIds", FieldError.Rule("count_out_of_range", "must hold between 1 and 20 audiences.", Count(1, 20)))
            .InRange("dueInDaysAfterStart", track.DueInDaysAfterStart, 0, 365)
            .That(track.Steps is { Count: > 0 and <= MaxSteps }, "steps", FieldError.Rule("count_out_of_range", $"must hold between 1 and {MaxSteps} steps.", Count(1, MaxSteps)));

        for (var i = 0; i < (track.Steps?.Count ?? 0); i++)
        {
            ValidateStep(track.Steps![i], $"steps[{i}]", validator);
        }
    }

    private static void ValidateStep(NewStep? step, string field, Validator validator)
    {
        if (step is null)
        {
            validator.Add(field, FieldError.Required());
            return;
        }

        validator
            .That(Enum.IsDefined(step.Kind), $"{field}.kind", FieldError.OneOf(Enum.GetNames<StepKind>()))
            .Required($"{field}.title", step.Title, 200)
            .MaxLength($"{field}.markdown", step.Markdown, 50_000);
        if (step.Kind != StepKind.Quiz)
        {
            return;
        }

        validator
            .That(step.PassMarkPercent is >= 1 and <= 100, $"{field}.passMarkPercent", FieldError.OutOfRange(1, 100))
            .That(step.Questions is { Count: > 0 and <= MaxQuestions }, $"{field}.questions", FieldError.Rule("count_out_of_range", $"a quiz needs between 1 and {MaxQuestions} questions.", Count(1, MaxQuestions)))
            .InRange($"{field}.maxAttempts", step.MaxAttempts, 0, MaxAttempts)
            .InRange($"{field}.questionsPerAttempt", step.QuestionsPerAttempt, 0, step.Questions?.Count ?? 0);
        for (var q = 0; q < (step.Questions?.Count ?? 0); q++)
        {
            var question = step.Questions![q];
            var questionField = $"{field}.questions[{q}]";
            if (question is null)
            {
                validator.Add(questionField, FieldError.Required());
                continue;
            }

            validator
                .Required($"{questionField}.text", question.Text, 1000)
                .That(question.Choices is { Count: >= 2 and <= MaxChoices }, $"{questionField}.choices", FieldError.Rule("count_out_of_range", $"must offer between 2 and {MaxChoices} choices.", Count(2, MaxChoices)))
                .That(question.Choices is null || question.Choices.All(c => !string.IsNullOrWhiteSpace(c) && c.Length <= 500), $"{questionField}.choices", FieldError.TooLong(500))
                .That(question.CorrectChoices is { Count: > 0 } correct && question.Choices is not null && correct.All(c => c >= 0 && c < question.Choices.Count) && correct.Distinct().Count() == correct.Count,
                    $"{questionField}.correctChoices", FieldError.Rule("not_a_choice", "must be the indexes of choices, each once."))
                .That(question.MultipleChoice || question.CorrectChoices is not { Count: > 1 }, $"{questionField}.correctChoices", FieldError.Rule("one_for_single_choice", "a single-choice question has exactly one right answer."));
        }
    }

    private static Dictionary<string, object> Count(int min, int max) => new(StringComparer.Ordinal) { ["min"] = min, ["max"] = max };
}
