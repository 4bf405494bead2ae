using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;
using DigitalWorkplace.Onboarding.Quizzes;

namespace DigitalWorkplace.Onboarding.Features.SubmitQuiz;

/// <summary>
/// Scores an attempt at the questions drawn for it (<see cref="QuizDraw"/>), question by question; only a pass
/// completes the step. Every attempt is kept; a quiz with a limit refuses more attempts once it is spent (until passed).
/// </summary>
internal sealed record SubmitQuiz(Guid TrackId, Guid StepId, IReadOnlyDictionary<Guid, IReadOnlyList<int>>? Answers)
    : ICommand<Result<QuizResultDto>>, ITrackRequest, IValidatable
{
    public void Validate(Validator validator) =>
        validator.That(Answers is { Count: > 0 }, "answers", FieldError.Required());
}

internal sealed class SubmitQuizHandler(OnboardingDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SubmitQuiz, Result<QuizResultDto>>
{
    public static readonly Error NoAttemptsLeft = Error.Conflict("onboarding.no_attempts_left", "Every attempt at this quiz is used: ask your manager.");

    public async ValueTask<Result<QuizResultDto>> Handle(SubmitQuiz command, CancellationToken cancellationToken)
    {
        var step = await db.Steps.Include(s => s.Questions)
            .SingleOrDefaultAsync(s => s.Id == command.StepId && s.TrackId == command.TrackId, cancellationToken);
        if (step is null)
        {
            return Error.NotFound("onboarding.step_not_found");
        }

        if (step.Kind != StepKind.Quiz || step.Questions.Count == 0)
        {
            return Error.Conflict("onboarding.step_is_not_a_quiz", "This step has no quiz; complete it instead.");
        }

        if (await Prerequisites.PendingErrorAsync(db, user.PersonId, step.TrackId, cancellationToken) is { } locked)
        {
            return locked;
        }

        var personId = user.PersonId;
        // Attempts are counted inside the person's progress lock: parallel submissions cannot share one attempt's draw.
        await using var transaction = await db.BeginProgressAsync(personId, step.TrackId, cancellationToken);
        var attempts = await db.QuizAttempts.CountAsync(a => a.PersonId == personId && a.StepId == step.Id, cancellationToken);
        var passedBefore = await db.StepCompletions.AnyAsync(c => c.PersonId == personId && c.StepId == step.Id, cancellationToken);
        if (!passedBefore && step.MaxAttempts > 0 && attempts >= step.MaxAttempts)
        {
            return NoAttemptsLeft;
        }

        var round = await db.Assignments.Where(a => a.PersonId == personId && a.TrackId == step.TrackId).Select(a => a.AssignedAt).SingleAsync(cancellationToken);
        var asked = QuizDraw.For(step, personId, round, attempts + 1);
        var answers = command.Answers!;
        if (AnswersProblem(asked, answers) is { } problem)
        {
            return Error.Validation("answers", problem);
        }

        var language = BuildingBlocks.Text.ProductLanguages.Current;
        var feedback = asked.Select(q => new QuestionFeedbackDto(q.Id, q.TextIn(language).Text, QuizDraw.IsRight(q, answers[q.Id]))).ToList();
        var score = feedback.Count(f => f.Correct) * 100 / asked.Count;
        var passed = score >= step.PassMarkPercent;
        db.QuizAttempts.Add(new QuizAttempt
        {
            Id = Guid.CreateVersion7(),
            PersonId = personId,
            StepId = step.Id,
            ScorePercent = score,
            Passed = passed,
            At = clock.GetUtcNow(),
        });
        if (passed)
        {
            await db.RecordAsync(personId, step, score, clock, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var left = step.MaxAttempts > 0 && !passed && !passedBefore ? Math.Max(0, step.MaxAttempts - attempts - 1) : (int?)null;
        return new QuizResultDto(score, step.PassMarkPercent, passed, feedback, left);
    }

    private static FieldError? AnswersProblem(IReadOnlyList<Question> asked, IReadOnlyDictionary<Guid, IReadOnlyList<int>> answers)
    {
        if (answers.Keys.Any(id => !asked.Any(q => q.Id == id)))
        {
            return FieldError.Rule("unknown_question", "answers a question that is not in this attempt.");
        }

        if (asked.Any(q => !answers.TryGetValue(q.Id, out var chosen) || chosen is not { Count: > 0 }))
        {
            return FieldError.Rule("unanswered", "must answer every question.");
        }

        return asked.Any(q => answers[q.Id].Any(c => c < 0 || c >= q.Choices.Count) || answers[q.Id].Distinct().Count() != answers[q.Id].Count || (!q.MultipleChoice && answers[q.Id].Count != 1))
            ? FieldError.Rule("not_a_choice", "must pick offered choices, one for a single-choice question.")
            : null;
    }
}
