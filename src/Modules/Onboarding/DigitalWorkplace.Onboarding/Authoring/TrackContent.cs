using System.Security.Cryptography;
using System.Text;
using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Authoring;

/// <summary>A track version's content to and from what its author writes (<see cref="NewTrack"/>): the one mapping, for a new track, a draft saved and the editor.</summary>
internal static class TrackContent
{
    public static Track NewVersion(NewTrack source, Guid lineageId, int version, DateTimeOffset now, Guid? createdBy, MarkdownRenderer markdown, BuildingBlocks.Idempotency.IdempotentRequest? request = null)
    {
        var id = version == 1 ? lineageId : Guid.CreateVersion7();
        var track = new Track
        {
            Id = id,
            LineageId = lineageId,
            Version = version,
            Status = TrackVersionStatus.Draft,
            Language = ProductLanguages.Default,
            Title = "",
            Description = "",
            CreatedAt = now,
            CreatedBy = createdBy,
            IdempotencyKey = request?.Key,
            IdempotencyFingerprint = request?.StoredFingerprint,
        };
        Fill(track, source, markdown);
        return track;
    }

    /// <summary>Writes the content into a version whose steps and audiences are empty (new, or a draft just cleared).</summary>
    public static void Fill(Track track, NewTrack source, MarkdownRenderer markdown)
    {
        track.Language = source.Language ?? ProductLanguages.Default;
        track.Title = source.Title.Trim();
        track.Description = source.Description?.Trim() ?? string.Empty;
        track.Translations = (source.Translations ?? new Dictionary<string, TrackText>())
            .Where(t => !string.IsNullOrWhiteSpace(t.Value?.Title))
            .ToDictionary(t => t.Key, t => new TrackText(t.Value.Title.Trim(), t.Value.Description?.Trim() ?? ""));
        track.DueInDaysAfterStart = source.DueInDaysAfterStart;
        track.RefreshAfterMonths = source.RefreshAfterMonths;
        track.Prerequisites.AddRange((source.PrerequisiteIds ?? []).Distinct().Select(id => new TrackPrerequisite { TrackId = track.Id, LineageId = id }));
        track.Audience.AddRange(source.AudienceIds.Distinct().Select(id => new TrackAudience { TrackId = track.Id, AudienceId = id }));
        track.Steps.AddRange(source.Steps.Select((step, index) => ToStep(track.Id, index + 1, step, markdown)));
    }

    public static NewTrack ToNewTrack(Track track) => new(
        track.Title,
        track.Description,
        [.. track.Audience.Select(a => a.AudienceId)],
        track.DueInDaysAfterStart,
        [.. track.Steps.OrderBy(s => s.Order).Select(s => new NewStep(
            s.Kind,
            s.Title,
            s.Markdown,
            [.. s.Questions.OrderBy(q => q.Order).Select(q => new NewQuestion(q.Text, q.Choices, q.CorrectChoices, q.MultipleChoice, q.Translations))],
            s.PassMarkPercent,
            s.MaxAttempts,
            s.QuestionsPerAttempt,
            s.Translations.ToDictionary(t => t.Key, t => new StepText(t.Value.Title, t.Value.Markdown)),
            s.TargetId))],
        track.Language,
        track.Translations,
        track.Status == TrackVersionStatus.Draft,
        [.. track.Prerequisites.Select(p => p.LineageId)],
        track.RefreshAfterMonths);

    /// <summary>
    /// What a step asks of its person, in every language: two versions' steps with the same fingerprint are the same
    /// step, so someone moved to the new version keeps having done it.
    /// </summary>
    public static string Fingerprint(Step step)
    {
        var text = new StringBuilder()
            .Append(step.Kind).Append('\n').Append(step.Title).Append('\n').Append(step.Markdown).Append('\n')
            .Append(step.PassMarkPercent).Append(',').Append(step.MaxAttempts).Append(',').Append(step.QuestionsPerAttempt).Append(',').Append(step.TargetId).Append('\n');
        foreach (var (language, translation) in step.Translations.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            text.Append(language).Append(':').Append(translation.Title).Append('\n').Append(translation.Markdown).Append('\n');
        }

        foreach (var question in step.Questions.OrderBy(q => q.Order))
        {
            text.Append(question.Text).Append('\n').AppendJoin('\u001f', question.Choices).Append('\n')
                .AppendJoin(',', question.CorrectChoices).Append(question.MultipleChoice).Append('\n');
            foreach (var (language, translation) in question.Translations.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                text.Append(language).Append(':').Append(translation.Text).Append('\n').AppendJoin('\u001f', translation.Choices).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static Step ToStep(Guid trackId, int order, NewStep source, MarkdownRenderer markdown)
    {
        var stepId = Guid.CreateVersion7();
        var isQuiz = source.Kind == StepKind.Quiz;
        return new Step
        {
            Id = stepId,
            TrackId = trackId,
            Order = order,
            Kind = source.Kind,
            Title = source.Title.Trim(),
            Markdown = source.Markdown ?? string.Empty,
            Html = markdown.Render(source.Markdown ?? string.Empty).Html,
            Translations = (source.Translations ?? new Dictionary<string, StepText>())
                .Where(t => !string.IsNullOrWhiteSpace(t.Value?.Title))
                .ToDictionary(t => t.Key, t => new StoredStepText(t.Value.Title.Trim(), t.Value.Markdown ?? "", markdown.Render(t.Value.Markdown ?? "").Html)),
            PassMarkPercent = isQuiz ? source.PassMarkPercent : 0,
            TargetId = source.Kind is StepKind.JoinCommunity or StepKind.OpenApp ? source.TargetId : null,
            MaxAttempts = isQuiz ? source.MaxAttempts : 0,
            QuestionsPerAttempt = isQuiz ? source.QuestionsPerAttempt : 0,
            Questions = isQuiz
                ? [.. source.Questions.Select((q, index) => new Question
                {
                    Id = Guid.CreateVersion7(),
                    StepId = stepId,
                    Order = index + 1,
                    Text = q.Text.Trim(),
                    Choices = [.. q.Choices],
                    MultipleChoice = q.MultipleChoice,
                    CorrectChoices = [.. q.CorrectChoices],
                    Translations = (q.Translations ?? new Dictionary<string, QuestionText>())
                        .Where(t => !string.IsNullOrWhiteSpace(t.Value?.Text))
                        .ToDictionary(t => t.Key, t => new QuestionText(t.Value.Text.Trim(), [.. t.Value.Choices])),
                })]
                : [],
        };
    }
}
