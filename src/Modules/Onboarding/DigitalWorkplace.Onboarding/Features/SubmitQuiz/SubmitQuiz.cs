using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Features.SubmitQuiz;

/// <summary>Scores a quiz attempt; only a pass completes the step. Every attempt is kept.</summary>
internal sealed record SubmitQuiz(Guid TrackId, Guid StepId, IReadOnlyDictionary<Guid, int>? Answers)
    : ICommand<Result<QuizResultDto>>, ITrackRequest, IValidatable
{
    public void Validate(Validator validator) =>
        validator.That(Answers is { Count: > 0 }, "answers", FieldError.Required());
}

internal sealed class SubmitQuizHandler(OnboardingDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SubmitQuiz, Result<QuizResultDto>>
{
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

        var answers = command.Answers!;
        if (AnswersProblem(step.Questions, answers) is { } problem)
        {
            return Error.Validation("answers", problem);
        }

        var correct = step.Questions.Count(q => answers[q.Id] == q.CorrectChoice);
        var score = correct * 100 / step.Questions.Count;
        var passed = score >= step.PassMarkPercent;
        db.QuizAttempts.Add(new QuizAttempt
        {
            Id = Guid.CreateVersion7(),
            PersonId = user.PersonId,
            StepId = step.Id,
            ScorePercent = score,
            Passed = passed,
            At = clock.GetUtcNow(),
        });
        if (passed)
        {
            await db.RecordAsync(user.PersonId, step, score, clock, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new QuizResultDto(score, step.PassMarkPercent, passed);
    }

    private static FieldError? AnswersProblem(List<Question> questions, IReadOnlyDictionary<Guid, int> answers)
    {
        if (questions.Exists(q => !answers.ContainsKey(q.Id)))
        {
            return FieldError.Rule("unanswered", "must answer every question.");
        }

        if (answers.Keys.Any(id => !questions.Exists(q => q.Id == id)))
        {
            return FieldError.Rule("unknown_question", "answers a question that is not in this quiz.");
        }

        return questions.Exists(q => answers[q.Id] < 0 || answers[q.Id] >= q.Choices.Count)
            ? FieldError.Rule("not_a_choice", "must pick one of the offered choices for each question.")
            : null;
    }
}
