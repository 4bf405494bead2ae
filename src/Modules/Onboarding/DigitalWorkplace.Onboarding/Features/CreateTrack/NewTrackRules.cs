using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.CreateTrack;

/// <summary>What a track needs to be followable; field names match the JSON body so a form can show each error.</summary>
internal static class NewTrackRules
{
    public const int MaxSteps = 100;
    public const int MaxQuestions = 50;
    public const int MaxChoices = 10;

    public static void Validate(NewTrack? track, Validator validator)
    {
        if (track is null)
        {
            validator.Add("body", "is required.");
            return;
        }

        validator
            .Required("title", track.Title, 200)
            .MaxLength("description", track.Description, 2000)
            .That(track.Audience is { Count: > 0 }, "audience", "must name at least one employment type.")
            .That(track.Audience is null || track.Audience.All(name => ParseEmploymentType(name) is not null), "audience", $"must hold employment types among: {string.Join(", ", Enum.GetNames<EmploymentType>())}.")
            .That(track.DueInDaysAfterStart is >= 0 and <= 365, "dueInDaysAfterStart", "must be between 0 and 365.")
            .That(track.Steps is { Count: > 0 and <= MaxSteps }, "steps", $"must hold between 1 and {MaxSteps} steps.");

        for (var i = 0; i < (track.Steps?.Count ?? 0); i++)
        {
            ValidateStep(track.Steps![i], $"steps[{i}]", validator);
        }
    }

    private static void ValidateStep(NewStep? step, string field, Validator validator)
    {
        if (step is null)
        {
            validator.Add(field, "is required.");
            return;
        }

        validator
            .That(Enum.IsDefined(step.Kind), $"{field}.kind", "is unknown.")
            .Required($"{field}.title", step.Title, 200)
            .MaxLength($"{field}.markdown", step.Markdown, 50_000);
        if (step.Kind != StepKind.Quiz)
        {
            return;
        }

        validator
            .That(step.PassMarkPercent is >= 1 and <= 100, $"{field}.passMarkPercent", "must be between 1 and 100.")
            .That(step.Questions is { Count: > 0 and <= MaxQuestions }, $"{field}.questions", $"a quiz needs between 1 and {MaxQuestions} questions.");
        for (var q = 0; q < (step.Questions?.Count ?? 0); q++)
        {
            var question = step.Questions![q];
            var questionField = $"{field}.questions[{q}]";
            if (question is null)
            {
                validator.Add(questionField, "is required.");
                continue;
            }

            validator
                .Required($"{questionField}.text", question.Text, 1000)
                .That(question.Choices is { Count: >= 2 and <= MaxChoices }, $"{questionField}.choices", $"must offer between 2 and {MaxChoices} choices.")
                .That(question.Choices is null || question.Choices.All(c => !string.IsNullOrWhiteSpace(c) && c.Length <= 500), $"{questionField}.choices", "must be non-empty texts of at most 500 characters.")
                .That(question.Choices is not null && question.CorrectChoice >= 0 && question.CorrectChoice < question.Choices.Count, $"{questionField}.correctChoice", "must be the index of one of the choices.");
        }
    }

    /// <summary>An employment type by its name, case-insensitively; null for anything else (numbers included).</summary>
    public static EmploymentType? ParseEmploymentType(string? name) =>
        name is not null && !char.IsAsciiDigit(name.FirstOrDefault()) && Enum.TryParse<EmploymentType>(name, ignoreCase: true, out var type) && Enum.IsDefined(type)
            ? type
            : null;
}
