using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Onboarding.Tests;

public abstract partial class OnboardingTests
{
    [Fact]
    public async Task AMultipleChoiceQuestion_IsRightOnlyWithEveryRightAnswerAndNoOther_AndASingleChoiceTakesOne()
    {
        var (person, trackId) = await PersonWithQuizAsync(
            [
                new NewQuestion("Which are allergens?", ["Milk", "Water", "Nuts", "Salt"], CorrectChoices: [0, 2], MultipleChoice: true),
                new NewQuestion("Who do you call first?", ["Nobody", "Your manager"], CorrectChoices: [1]),
            ]);
        var quiz = (await person.TrackAsync(trackId)).Steps[0];
        var (allergens, call) = (quiz.QuestionId("Which are allergens?"), quiz.QuestionId("Who do you call first?"));
        Assert.True(quiz.Questions.Single(q => q.Id == allergens).MultipleChoice);

        var twoForOne = await SubmitAsync(person, trackId, quiz.Id, new() { [allergens] = [0, 2], [call] = [0, 1] });
        Assert.Equal(HttpStatusCode.BadRequest, twoForOne.StatusCode);

        var partly = await (await SubmitAsync(person, trackId, quiz.Id, new() { [allergens] = [0], [call] = [1] })).Content.ReadFromJsonAsync<QuizResultDto>(OnboardingApi.Json, Cancel);
        var retry = (await person.TrackAsync(trackId)).Steps[0];
        var tooMany = await (await SubmitAsync(person, trackId, quiz.Id, new() { [retry.QuestionId("Which are allergens?")] = [0, 1, 2], [retry.QuestionId("Who do you call first?")] = [1] }))
            .Content.ReadFromJsonAsync<QuizResultDto>(OnboardingApi.Json, Cancel);
        retry = (await person.TrackAsync(trackId)).Steps[0];
        var exact = await (await SubmitAsync(person, trackId, quiz.Id, new() { [retry.QuestionId("Which are allergens?")] = [2, 0], [retry.QuestionId("Who do you call first?")] = [1] }))
            .Content.ReadFromJsonAsync<QuizResultDto>(OnboardingApi.Json, Cancel);

        Assert.Equal(50, partly!.ScorePercent);
        Assert.Equal(50, tooMany!.ScorePercent);
        Assert.Equal((100, true), (exact!.ScorePercent, exact.Passed));
    }

    [Fact]
    public async Task APool_DrawsTheSetNumberOfQuestionsPerAttempt_HoldsTheAnswersToThem_AndDrawsAgainNextTime()
    {
        var pool = Enumerable.Range(1, 6).Select(i => new NewQuestion($"Question {i}?", ["Yes", "No"], CorrectChoices: [0])).ToList();
        var (person, trackId) = await PersonWithQuizAsync(pool, questionsPerAttempt: 2, passMark: 100);
        var draws = new List<string>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var quiz = (await person.TrackAsync(trackId)).Steps[0];
            Assert.Equal(2, quiz.Questions.Count);
            draws.Add(string.Join(",", quiz.Questions.Select(q => q.Text)));
            var outside = await SubmitAsync(person, trackId, quiz.Id, new() { [quiz.Questions[0].Id] = [1], [quiz.Questions[1].Id] = [1], [Guid.CreateVersion7()] = [0] });
            Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
            var wrong = await SubmitAsync(person, trackId, quiz.Id, new() { [quiz.Questions[0].Id] = [1], [quiz.Questions[1].Id] = [1] });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        // Six attempts, each drawn and shuffled for this person: not all the same sheet (the chance is 1 in 30^5).
        Assert.True(draws.Distinct().Count() > 1, string.Join(" | ", draws));
    }

    [Fact]
    public async Task AQuizWithALimit_CountsTheAttemptsLeft_AndRefusesOnceTheyAreSpent()
    {
        var (person, trackId) = await PersonWithQuizAsync([new NewQuestion("Who do you call first?", ["Nobody", "Your manager"], CorrectChoices: [1])], maxAttempts: 2);
        var quiz = (await person.TrackAsync(trackId)).Steps[0];
        var question = quiz.QuestionId("Who do you call first?");
        Assert.Equal(2, quiz.AttemptsLeft);

        var first = await (await SubmitAsync(person, trackId, quiz.Id, new() { [question] = [0] })).Content.ReadFromJsonAsync<QuizResultDto>(OnboardingApi.Json, Cancel);
        await SubmitAsync(person, trackId, quiz.Id, new() { [question] = [0] });
        var spent = await SubmitAsync(person, trackId, quiz.Id, new() { [question] = [1] });

        Assert.Equal(1, first!.AttemptsLeft);
        Assert.Equal(HttpStatusCode.Conflict, spent.StatusCode);
        Assert.Equal("onboarding.no_attempts_left", (await spent.ProblemAsync()).GetProperty("code").GetString());
        var after = (await person.TrackAsync(trackId)).Steps[0];
        Assert.Equal((0, false), (after.AttemptsLeft, after.IsCompleted));
    }

    [Fact]
    public async Task AQuizBadlyWritten_Is400NamingEachField()
    {
        var admin = await AdminClientAsync();
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);
        var track = new NewTrack("Bad quiz", "", [audience], 7,
            [
                new NewStep(StepKind.Quiz, "Quiz", "", [
                    new NewQuestion("Two right in a single choice?", ["A", "B"], CorrectChoices: [0, 1]),
                    new NewQuestion("Out of range?", ["A", "B"], CorrectChoices: [5], MultipleChoice: true),
                ], PassMarkPercent: 50, MaxAttempts: 99, QuestionsPerAttempt: 3),
            ]);

        var refused = await admin.PostAsJsonAsync("/api/v1/onboarding/tracks", track, OnboardingApi.Send, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var fields = (await refused.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["steps[0].maxAttempts", "steps[0].questions[0].correctChoices", "steps[0].questions[1].correctChoices", "steps[0].questionsPerAttempt"], fields);
    }

    [Fact]
    public async Task SubmissionsSentAllAtOnce_CountOneAfterTheOther_SoTheLimitHolds_AndNoneIsA500()
    {
        var (person, trackId) = await PersonWithQuizAsync([new NewQuestion("Who do you call first?", ["Nobody", "Your manager"], CorrectChoices: [1])], maxAttempts: 2);
        var quiz = (await person.TrackAsync(trackId)).Steps[0];
        var question = quiz.QuestionId("Who do you call first?");

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => SubmitAsync(person, trackId, quiz.Id, new() { [question] = [0] })));

        Assert.Equal(2, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(4, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(2, await platform.AsAsync(null, sp => sp.GetRequiredService<OnboardingDbContext>().QuizAttempts.CountAsync(a => a.StepId == quiz.Id, Cancel)));
    }

    [Theory]
    [InlineData("[null]")]
    [InlineData("[\"0\"]")]
    [InlineData("[[0]]")]
    [InlineData("[0.5]")]
    [InlineData("[0,1,2,3,4,5,6,7,8,9,10]")]
    [InlineData("\"zero\"")]
    public async Task AnAnswerThatIsNotAShortListOfWholeNumbers_Is400NamingAnswers(string answer)
    {
        var (person, trackId) = await PersonWithQuizAsync([new NewQuestion("Which are allergens?", ["Milk", "Water"], CorrectChoices: [0], MultipleChoice: true)]);
        var quiz = (await person.TrackAsync(trackId)).Steps[0];
        using var body = new StringContent($"{{\"answers\": {{\"{quiz.Questions[0].Id}\": {answer}}}}}", System.Text.Encoding.UTF8, "application/json");

        using var response = await person.PostAsync($"/api/v1/onboarding/tracks/{trackId}/steps/{quiz.Id}/quiz", body, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("answers", out _), await response.Content.ReadAsStringAsync(Cancel));
    }

    private async Task<(HttpClient Person, Guid TrackId)> PersonWithQuizAsync(IReadOnlyList<NewQuestion> questions, int questionsPerAttempt = 0, int maxAttempts = 0, int passMark = 100)
    {
        var person = platform.CreateClientFor(await platform.CreateUserAsync(type: EmploymentType.Seasonal));
        var track = new NewTrack($"Quiz {Guid.NewGuid()}", "", [await platform.CreateAudienceAsync(EmploymentType.Seasonal)], 7,
            [new NewStep(StepKind.Quiz, "Quiz", "Answer.", questions, PassMarkPercent: passMark, MaxAttempts: maxAttempts, QuestionsPerAttempt: questionsPerAttempt)]);
        return (person, await (await AdminClientAsync()).CreateTrackAsync(track));
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient person, Guid trackId, Guid stepId, Dictionary<Guid, int[]> answers) =>
        person.PostAsJsonAsync($"/api/v1/onboarding/tracks/{trackId}/steps/{stepId}/quiz", new { answers }, OnboardingApi.Send, Cancel);
}
