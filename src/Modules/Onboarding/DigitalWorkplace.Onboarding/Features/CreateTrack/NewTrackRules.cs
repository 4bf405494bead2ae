using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Onboarding.Contracts;

using DigitalWorkplace.Onboarding.Data;

namespace DigitalWorkplace.Onboarding.Features.CreateTrack;

/// <summary>
/// What a track needs to be followable; field names match the JSON body so a form can show each error. A draft may
/// still lack its steps and audiences: <see cref="ValidateForPublication"/> asks for them when it is published.
/// </summary>
internal static class NewTrackRules
{
    public const int MaxSteps = 100;
    public const int MaxQuestions = 50;
    public const int MaxChoices = 10;
    public const int MaxAttempts = 20;
    public const int MaxPrerequisites = 10;
    public const int MaxRefreshMonths = 120;

    public static void Validate(NewTrack? track, Validator validator)
    {
        if (track is null)
        {
            validator.Add("body", FieldError.Required());
            return;
        }

        var least = track.Draft ? 0 : 1;
        var own = track.Language ?? ProductLanguages.Default;
        validator
            .Required("title", track.Title, 200)
            .MaxLength("description", track.Description, 2000)
            .That(track.Language is null || ProductLanguages.IsKnown(track.Language), "language", FieldError.OneOf([.. ProductLanguages.All]))
            .That(track.AudienceIds is not null && track.AudienceIds.Count >= least && track.AudienceIds.Count <= 20, "audienceIds", FieldError.Rule("count_out_of_range", $"must hold between {least} and 20 audiences.", Count(least, 20)))
            .InRange("dueInDaysAfterStart", track.DueInDaysAfterStart, 0, 365)
            .InRange("refreshAfterMonths", track.RefreshAfterMonths, 0, MaxRefreshMonths)
            .That(track.PrerequisiteIds is not { Count: > MaxPrerequisites }, "prerequisiteIds", FieldError.Rule("count_out_of_range", $"must hold at most {MaxPrerequisites} tracks.", Count(0, MaxPrerequisites)))
            .That(track.Steps is not null && track.Steps.Count >= least && track.Steps.Count <= MaxSteps, "steps", FieldError.Rule("count_out_of_range", $"must hold between {least} and {MaxSteps} steps.", Count(least, MaxSteps)));
        foreach (var (language, text) in Translations(track.Translations, own, "translations", validator))
        {
            validator
                .MaxLength($"translations.{language}.title", text?.Title, 200)
                .MaxLength($"translations.{language}.description", text?.Description, 2000);
        }

        for (var i = 0; i < (track.Steps?.Count ?? 0); i++)
        {
            ValidateStep(track.Steps![i], $"steps[{i}]", own, least, validator);
        }
    }

    /// <summary>The audiences named must exist (when saved, and again when published: one may have been deleted since).</summary>
    public static async Task<Error?> UnknownAudienceAsync(Identity.Contracts.IAudiences audiences, IReadOnlyCollection<Guid> audienceIds, CancellationToken cancellationToken)
    {
        var wanted = audienceIds.Distinct().ToList();
        return (await audiences.ExistingAsync(wanted, cancellationToken)).Count == wanted.Count
            ? null
            : Error.Validation("audienceIds", FieldError.Rule("unknown_audience", "names an audience that does not exist."));
    }

    /// <summary>
    /// What the track points at must exist: the prerequisite tracks (not itself, nor one that waits for it: nobody could
    /// ever start either), the communities to join and the apps to open. Checked when saved and again when published.
    /// </summary>
    public static async Task<Error?> UnknownLinksAsync(
        OnboardingDbContext db, Communities.Contracts.ICommunitiesService communities, Launcher.Contracts.IAppDirectory apps, NewTrack track, Guid? lineageId, CancellationToken cancellationToken)
    {
        var validator = new Validator();
        var prerequisites = (track.PrerequisiteIds ?? []).Distinct().ToList();
        if (prerequisites.Count > 0)
        {
            // Published (or retired: people finish it still), never a draft nobody can be given.
            var known = await db.Tracks.AsNoTracking().Where(t => prerequisites.Contains(t.LineageId) && t.Status != TrackVersionStatus.Draft)
                .Select(t => t.LineageId).Distinct().ToListAsync(cancellationToken);
            validator.That(known.Count == prerequisites.Count, "prerequisiteIds", FieldError.Rule("unknown_track", "names a track that does not exist or is not published (give each track's lineageId)."));
            if (lineageId is { } own)
            {
                validator.That(!prerequisites.Contains(own) && !await WaitsForAsync(db, prerequisites, own, cancellationToken), "prerequisiteIds",
                    FieldError.Rule("circular", "a track cannot wait for itself, nor for a track that waits for it."));
            }
        }

        for (var i = 0; i < (track.Steps?.Count ?? 0); i++)
        {
            if (track.Steps![i] is not { TargetId: { } target } step)
            {
                continue;
            }

            if (step.Kind == StepKind.OpenApp)
            {
                validator.That((await apps.NamesAsync([target], cancellationToken)).ContainsKey(target), $"steps[{i}].targetId", FieldError.Rule("unknown_target", "names an app that does not exist."));
            }
            else if (step.Kind == StepKind.JoinCommunity)
            {
                // As the author sees it; people join by themselves only a public community that is not archived.
                var community = await communities.GetAsync(target, cancellationToken);
                validator
                    .That(community.IsSuccess, $"steps[{i}].targetId", FieldError.Rule("unknown_target", "names a community that does not exist."))
                    .That(community.Value is null or { Visibility: Communities.Contracts.CommunityVisibility.Public, IsArchived: false }, $"steps[{i}].targetId",
                        FieldError.Rule("not_joinable", "names a community people cannot join by themselves: choose a public one."));
            }
        }

        return validator.IsValid ? null : validator.ToError();
    }

    /// <summary>Whether any of these tracks waits, through its prerequisites' own (any version), for <paramref name="lineageId"/>.</summary>
    private static async Task<bool> WaitsForAsync(OnboardingDbContext db, IReadOnlyCollection<Guid> lineages, Guid lineageId, CancellationToken cancellationToken)
    {
        var edges = await db.TrackPrerequisites.AsNoTracking()
            .Join(db.Tracks, p => p.TrackId, t => t.Id, (p, t) => new { From = t.LineageId, To = p.LineageId })
            .Distinct()
            .ToListAsync(cancellationToken);
        var next = edges.ToLookup(e => e.From, e => e.To);
        var seen = new HashSet<Guid>();
        var queue = new Queue<Guid>(lineages);
        while (queue.TryDequeue(out var lineage))
        {
            if (lineage == lineageId)
            {
                return true;
            }

            if (seen.Add(lineage))
            {
                foreach (var further in next[lineage])
                {
                    queue.Enqueue(further);
                }
            }
        }

        return false;
    }

    /// <summary>A draft about to be published is held to what a published track needs (steps, audiences).</summary>
    public static Error? ValidateForPublication(NewTrack track)
    {
        var validator = new Validator();
        Validate(track with { Draft = false }, validator);
        return validator.IsValid ? null : validator.ToError();
    }

    private static void ValidateStep(NewStep? step, string field, string own, int least, Validator validator)
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
        foreach (var (language, text) in Translations(step.Translations, own, $"{field}.translations", validator))
        {
            validator
                .MaxLength($"{field}.translations.{language}.title", text?.Title, 200)
                .MaxLength($"{field}.translations.{language}.markdown", text?.Markdown, 50_000);
        }

        if (step.Kind is StepKind.JoinCommunity or StepKind.OpenApp)
        {
            // A draft may name its community or app later.
            validator.That(step.TargetId is not null || least == 0, $"{field}.targetId", FieldError.Required());
        }

        if (step.Kind != StepKind.Quiz)
        {
            return;
        }

        validator
            .That(step.PassMarkPercent is >= 1 and <= 100, $"{field}.passMarkPercent", FieldError.OutOfRange(1, 100))
            .That(step.Questions is not null && step.Questions.Count >= least && step.Questions.Count <= MaxQuestions, $"{field}.questions", FieldError.Rule("count_out_of_range", $"a quiz needs between {least} and {MaxQuestions} questions.", Count(least, MaxQuestions)))
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
            foreach (var (language, text) in Translations(question.Translations, own, $"{questionField}.translations", validator))
            {
                if (text is null || string.IsNullOrWhiteSpace(text.Text))
                {
                    continue;
                }

                var translated = $"{questionField}.translations.{language}";
                validator
                    .MaxLength($"{translated}.text", text.Text, 1000)
                    .That(text.Choices is not null && text.Choices.Count == (question.Choices?.Count ?? 0), $"{translated}.choices", FieldError.Rule("same_choices", "must translate every choice, in the same order."))
                    .That(text.Choices is null || text.Choices.All(c => !string.IsNullOrWhiteSpace(c) && c.Length <= 500), $"{translated}.choices", FieldError.TooLong(500));
            }
        }
    }

    /// <summary>The translations whose language the product speaks (and that is not the texts' own); an unknown one is an error.</summary>
    private static IEnumerable<(string Language, T Text)> Translations<T>(IReadOnlyDictionary<string, T>? translations, string? own, string field, Validator validator)
    {
        if (translations is null)
        {
            yield break;
        }

        foreach (var (language, text) in translations)
        {
            if (!ProductLanguages.IsKnown(language) || language == own)
            {
                validator.Add($"{field}.{language}", FieldError.OneOf([.. ProductLanguages.All.Where(l => l != own)]));
                continue;
            }

            yield return (language, text);
        }
    }

    private static Dictionary<string, object> Count(int min, int max) => new(StringComparer.Ordinal) { ["min"] = min, ["max"] = max };
}
