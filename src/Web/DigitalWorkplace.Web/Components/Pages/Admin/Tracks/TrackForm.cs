using System.Globalization;
using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Onboarding.Contracts;
using Microsoft.AspNetCore.Http;

namespace DigitalWorkplace.Web.Components.Pages.Admin.Tracks;

/// <summary>
/// The track editor's one form, read back into a <see cref="NewTrack"/>: every text in each product language side by
/// side (the track's own language is the text, the others its translations), every step and question in order.
/// Field names follow the API's error fields ("steps[1].questions[0].text.fr") so each error lands next to its input.
/// </summary>
public sealed class TrackForm
{
    public string Language { get; set; } = ProductLanguages.Default;

    public Dictionary<string, string> Title { get; init; } = [];

    public Dictionary<string, string> Description { get; init; } = [];

    public List<Guid> AudienceIds { get; init; } = [];

    public int DueInDaysAfterStart { get; set; } = 14;

    /// <summary>The tracks (lineage ids) to finish first.</summary>
    public List<Guid> PrerequisiteIds { get; init; } = [];

    public int RefreshAfterMonths { get; set; }

    public List<StepForm> Steps { get; init; } = [];

    public static TrackForm From(NewTrack track)
    {
        var language = track.Language ?? ProductLanguages.Default;
        return new TrackForm
        {
            Language = language,
            Title = Texts(language, track.Title, track.Translations, t => t.Title),
            Description = Texts(language, track.Description, track.Translations, t => t.Description),
            AudienceIds = [.. track.AudienceIds],
            DueInDaysAfterStart = track.DueInDaysAfterStart,
            PrerequisiteIds = [.. track.PrerequisiteIds ?? []],
            RefreshAfterMonths = track.RefreshAfterMonths,
            Steps = [.. track.Steps.Select(step => new StepForm
            {
                Kind = step.Kind,
                TargetId = step.TargetId,
                Title = Texts(language, step.Title, step.Translations, t => t.Title),
                Markdown = Texts(language, step.Markdown, step.Translations, t => t.Markdown),
                PassMarkPercent = step.PassMarkPercent,
                MaxAttempts = step.MaxAttempts,
                QuestionsPerAttempt = step.QuestionsPerAttempt,
                Questions = [.. step.Questions.Select(question => new QuestionForm
                {
                    Text = Texts(language, question.Text, question.Translations, t => t.Text),
                    Choices = Texts(language, string.Join('\n', question.Choices), question.Translations, t => string.Join('\n', t.Choices)),
                    Correct = string.Join(", ", question.CorrectChoices.Select(c => (c + 1).ToString(CultureInfo.InvariantCulture))),
                    MultipleChoice = question.MultipleChoice,
                })],
            })],
        };
    }

    public static TrackForm Read(IFormCollection form)
    {
        var track = new TrackForm
        {
            Language = ProductLanguages.IsKnown(form["language"]) ? form["language"].ToString() : ProductLanguages.Default,
            Title = Read(form, "title"),
            Description = Read(form, "description"),
            AudienceIds = Ids(form, "audienceIds"),
            DueInDaysAfterStart = Number(form, "dueInDaysAfterStart"),
            PrerequisiteIds = Ids(form, "prerequisiteIds"),
            RefreshAfterMonths = Number(form, "refreshAfterMonths"),
        };
        for (var i = 0; i < Math.Min(Number(form, "stepCount"), 100); i++)
        {
            var step = $"steps[{i}]";
            var read = new StepForm
            {
                Kind = Enum.TryParse<StepKind>(form[$"{step}.kind"], out var kind) ? kind : StepKind.Content,
                Title = Read(form, $"{step}.title"),
                Markdown = Read(form, $"{step}.markdown"),
                PassMarkPercent = Number(form, $"{step}.passMarkPercent"),
                MaxAttempts = Number(form, $"{step}.maxAttempts"),
                QuestionsPerAttempt = Number(form, $"{step}.questionsPerAttempt"),
                TargetId = Guid.TryParse(form[$"{step}.targetId"], out var target) ? target : null,
            };
            for (var j = 0; j < Math.Min(Number(form, $"{step}.questionCount"), 50); j++)
            {
                var question = $"{step}.questions[{j}]";
                read.Questions.Add(new QuestionForm
                {
                    Text = Read(form, $"{question}.text"),
                    Choices = Read(form, $"{question}.choices"),
                    Correct = form[$"{question}.correctChoices"].ToString(),
                    MultipleChoice = form[$"{question}.multipleChoice"] == "true",
                });
            }

            track.Steps.Add(read);
        }

        return track;
    }

    public NewTrack ToNewTrack() => new(
        Own(Title),
        Own(Description),
        AudienceIds,
        DueInDaysAfterStart,
        [.. Steps.Select(step => new NewStep(
            step.Kind,
            Own(step.Title),
            Own(step.Markdown),
            step.Kind == StepKind.Quiz ? [.. step.Questions.Select(q => new NewQuestion(
                Own(q.Text), Lines(Own(q.Choices)), q.CorrectIndexes(), q.MultipleChoice,
                Others(q.Text).ToDictionary(l => l, l => new QuestionText(q.Text[l], Lines(q.Choices.GetValueOrDefault(l)))))),
            ] : [],
            step.PassMarkPercent,
            step.MaxAttempts,
            step.QuestionsPerAttempt,
            Others(step.Title).ToDictionary(l => l, l => new StepText(step.Title[l], step.Markdown.GetValueOrDefault(l))),
            step.TargetId))],
        Language,
        Others(Title).ToDictionary(l => l, l => new TrackText(Title[l], Description.GetValueOrDefault(l))),
        Draft: true,
        PrerequisiteIds,
        RefreshAfterMonths);

    /// <summary>The languages of the columns, the track's own first.</summary>
    public IEnumerable<string> Languages => ProductLanguages.All.OrderBy(l => l == Language ? 0 : 1);

    private string Own(Dictionary<string, string> texts) => texts.GetValueOrDefault(Language) ?? "";

    /// <summary>The other languages in which this text was written (an empty column is no translation).</summary>
    private IEnumerable<string> Others(Dictionary<string, string> texts) =>
        texts.Where(t => t.Key != Language && !string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key);

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static Dictionary<string, string> Read(IFormCollection form, string name) =>
        ProductLanguages.All.ToDictionary(l => l, l => form[$"{name}.{l}"].ToString());

    private static List<Guid> Ids(IFormCollection form, string name) =>
        [.. form[name].Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];

    private static int Number(IFormCollection form, string name) =>
        int.TryParse(form[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static Dictionary<string, string> Texts<T>(string language, string own, IReadOnlyDictionary<string, T>? translations, Func<T, string?> text) =>
        ProductLanguages.All.ToDictionary(l => l, l => l == language ? own : translations is not null && translations.TryGetValue(l, out var t) ? text(t) ?? "" : "");
}

public sealed class StepForm
{
    public StepKind Kind { get; set; }

    public Dictionary<string, string> Title { get; init; } = [];

    public Dictionary<string, string> Markdown { get; init; } = [];

    public int PassMarkPercent { get; set; } = 80;

    public int MaxAttempts { get; set; }

    public int QuestionsPerAttempt { get; set; }

    /// <summary>The community to join or the app to open.</summary>
    public Guid? TargetId { get; set; }

    public List<QuestionForm> Questions { get; init; } = [];
}

public sealed class QuestionForm
{
    public Dictionary<string, string> Text { get; init; } = [];

    /// <summary>One choice a line.</summary>
    public Dictionary<string, string> Choices { get; init; } = [];

    /// <summary>The right choices' numbers as people count them ("1", "1, 3").</summary>
    public string Correct { get; set; } = "1";

    public bool MultipleChoice { get; set; }

    /// <summary>Anything that is not a choice's number becomes -1, which the API refuses by name (<c>correctChoices</c>).</summary>
    public List<int> CorrectIndexes() =>
        [.. Correct.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => int.TryParse(n, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number - 1 : -1)];
}
