using DigitalWorkplace.BuildingBlocks.Mediation;
using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.BuildingBlocks.Security;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DigitalWorkplace.Onboarding.Features.SubmitQuiz;

/// <summary>Scores a quiz attempt; only a pass completes the step. Every attempt is kept.</summary>
internal sealed record SubmitQuiz(Guid TrackId, Guid StepId, IReadOnlyDictionary<Guid, int>? Answers)
    : ICommand<Result<QuizResultDto>>, IAuthorizedRequest, ITrackRequest, IValidatable
{
    public void Validate(Validator validator) =>
        validator.That(Answers is { Count: > 0 }, "answers", "must answer every question.");
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

    private static string? AnswersProblem(List<Question> questions, IReadOnlyDictionary<Guid, int> answers)
    {
        if (questions.Exists(q => !answers.ContainsKey(q.Id)))
        {
            return "must answer every question.";
        }

        if (answers.Keys.Any(id => !questions.Exists(q => q.Id == id)))
        {
            return "answers a question that is not in this quiz.";
        }

        return questions.Exists(q => answers[q.Id] < 0 || answers[q.Id] >= q.Choices.Count)
            ? "must pick one of the offered choices for each question."
            : null;
    }
}
