using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Onboarding.Tests;

/// <summary>Onboarding over the real host; run once per database provider.</summary>
public abstract partial class OnboardingTests(PlatformFactory platform)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateTrack_PersonAlreadyThere_AssignsMatchingAudienceOnly()
    {
        var seasonal = await platform.CreateUserAsync(type: EmploymentType.Seasonal);
        var permanent = await platform.CreateUserAsync(type: EmploymentType.Permanent);
        var trackId = await (await AdminClientAsync()).CreateTrackAsync(OnboardingApi.ContentAndQuizTrack("Summer season", await platform.CreateAudienceAsync(EmploymentType.Seasonal)));

        var mine = await platform.CreateClientFor(seasonal).MyTracksAsync();
        var track = Assert.Single(mine, t => t.TrackId == trackId);
        Assert.Equal(2, track.TotalSteps);
        Assert.Equal(0, track.Percent);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14), track.DueOn);
        Assert.DoesNotContain(await platform.CreateClientFor(permanent).MyTracksAsync(), t => t.TrackId == trackId);
    }

    [Fact]
    public async Task PersonRegistered_AfterTrackExists_TrackAssigned()
    {
        var trackId = await (await AdminClientAsync()).CreateTrackAsync(OnboardingApi.ContentAndQuizTrack("Newcomers", await platform.CreateAudienceAsync(EmploymentType.Seasonal)));

        var newcomer = platform.CreateClientFor(await platform.CreateUserAsync(type: EmploymentType.Seasonal));

        var mine = await Eventually.GetAsync(newcomer.MyTracksAsync, tracks => tracks.Any(t => t.TrackId == trackId));
        Assert.Contains(mine, t => t.TrackId == trackId);
    }

    [Fact]
    public async Task PersonRegistered_WithStartDate_DueDateCountsFromStart()
    {
        var trackId = await (await AdminClientAsync()).CreateTrackAsync(OnboardingApi.ContentAndQuizTrack("Franchise basics", await platform.CreateAudienceAsync(EmploymentType.Franchise)));
        var start = new DateOnly(2027, 3, 1);
        var account = new NewAccount($"start-{Guid.NewGuid():N}@test.example", "Léa Start", PlatformFactory.Password, EmploymentType.Franchise, StartDate: start);
        var person = (await platform.AsAsync(null, sp => sp.GetRequiredService<IAccountService>().CreateAccountAsync(account, Cancel))).Value!;
        var asPerson = new TestUser(person.Id, account.Email, account.DisplayName, IsAdministrator: false, Token: string.Empty);

        var mine = await Eventually.GetAsync(
            () => platform.AsAsync(asPerson, sp => sp.GetRequiredService<IOnboardingService>().MyTracksAsync(Cancel)),
            tracks => tracks.Any(t => t.TrackId == trackId));

        Assert.Equal(start.AddDays(14), Assert.Single(mine, t => t.TrackId == trackId).DueOn);
    }

    [Fact]
    public async Task CompleteContentStep_Twice_CompletesOnceAndShowsProgress()
    {
        var (person, trackId) = await SeasonalWithTrackAsync();
        var content = (await person.TrackAsync(trackId)).Steps[0];

        Assert.Equal(HttpStatusCode.OK, (await person.CompleteAsync(trackId, content.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.CompleteAsync(trackId, content.Id)).StatusCode);

        var track = await person.TrackAsync(trackId);
        Assert.True(track.Steps[0].IsCompleted);
        Assert.False(track.Steps[1].IsCompleted);
        Assert.Equal(50, Assert.Single(await person.MyTracksAsync(), t => t.TrackId == trackId).Percent);
    }

    [Fact]
    public async Task SubmitQuiz_BelowPassMarkThenAllCorrect_OnlyThePassCompletesTheStep()
    {
        var (person, trackId) = await SeasonalWithTrackAsync();
        var quiz = (await person.TrackAsync(trackId)).Steps[1];
        var (fireExit, callFirst) = (quiz.QuestionId("Where is the fire exit?"), quiz.QuestionId("Who do you call first?"));

        var failed = await person.SubmitQuizAsync(trackId, quiz.Id, new() { [fireExit] = 0, [callFirst] = 0 });
        var failure = (await failed.Content.ReadFromJsonAsync<QuizResultDto>(OnboardingApi.Json, Cancel))!;
        Assert.Equal((50, 100, false), (failure.ScorePercent, failure.PassMarkPercent, failure.Passed));
        // Feedback question by question: which were right, never what the right answer was.
        Assert.Equal([(fireExit, true), (callFirst, false)], failure.Questions!.Select(q => (q.QuestionId, q.Correct)).OrderBy(q => q.QuestionId != fireExit));
        var retry = (await person.TrackAsync(trackId)).Steps[1];
        Assert.False(retry.IsCompleted);

        var passed = await person.SubmitQuizAsync(trackId, quiz.Id, retry.RightAnswers());
        var pass = (await passed.Content.ReadFromJsonAsync<QuizResultDto>(OnboardingApi.Json, Cancel))!;
        Assert.Equal((100, 100, true), (pass.ScorePercent, pass.PassMarkPercent, pass.Passed));
        Assert.All(pass.Questions!, q => Assert.True(q.Correct));

        var track = await person.TrackAsync(trackId);
        Assert.True(track.Steps[1].IsCompleted);
        Assert.Equal(100, track.Steps[1].LastScorePercent);
        Assert.Equal(50, track.Progress.Percent);
    }

    [Fact]
    public async Task CompleteAllSteps_AssignedTrack_ProgressIsHundredPercent()
    {
        var (person, trackId) = await SeasonalWithTrackAsync();
        var steps = (await person.TrackAsync(trackId)).Steps;

        await person.CompleteAsync(trackId, steps[0].Id);
        await person.SubmitQuizAsync(trackId, steps[1].Id, steps[1].RightAnswers());

        var progress = Assert.Single(await person.MyTracksAsync(), t => t.TrackId == trackId);
        Assert.Equal((2, 2, 100), (progress.CompletedSteps, progress.TotalSteps, progress.Percent));
    }

    [Fact]
    public async Task FinishingATrack_IssuesOneCertificate_ThatAnyoneChecksWithItsCode_SeeingOnlyNameTrackAndDate()
    {
        var (person, trackId) = await SeasonalWithTrackAsync();
        var steps = (await person.TrackAsync(trackId)).Steps;
        using var early = await person.GetAsync($"/api/v1/onboarding/tracks/{trackId}/certificate", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        Assert.Equal("onboarding.certificate_not_found", (await early.ProblemAsync()).GetProperty("code").GetString());

        await person.CompleteAsync(trackId, steps[0].Id);
        await person.SubmitQuizAsync(trackId, steps[1].Id, steps[1].RightAnswers());
        await person.SubmitQuizAsync(trackId, steps[1].Id, (await person.TrackAsync(trackId)).Steps[1].RightAnswers());

        var certificate = (await person.GetFromJsonAsync<CertificateDto>($"/api/v1/onboarding/tracks/{trackId}/certificate", OnboardingApi.Json, Cancel))!;
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", certificate.Code);
        Assert.StartsWith("Track ", certificate.TrackTitle, StringComparison.Ordinal);
        using var anonymous = platform.CreateClient();
        var checkedOut = await anonymous.GetAsync($"/api/v1/certificates/{certificate.Code.ToLowerInvariant()}", Cancel);
        Assert.Equal(HttpStatusCode.OK, checkedOut.StatusCode);
        var body = await checkedOut.Content.ReadAsStringAsync(Cancel);
        var verified = System.Text.Json.JsonSerializer.Deserialize<VerifiedCertificateDto>(body, OnboardingApi.Json)!;
        Assert.Equal((certificate.PersonName, certificate.TrackTitle, certificate.IssuedAt), (verified.PersonName, verified.TrackTitle, verified.IssuedAt));
        // Nothing else about the person: no id, no e-mail, no score.
        Assert.Equal(["issuedAt", "personName", "trackTitle"], System.Text.Json.JsonDocument.Parse(body).RootElement.EnumerateObject().Select(p => p.Name).Order());
        var page = await anonymous.GetStringAsync($"/certificates/{certificate.Code}", Cancel);
        Assert.Contains(certificate.TrackTitle, page, StringComparison.Ordinal);
        Assert.Equal(1, await platform.AsAsync(null, sp => sp.GetRequiredService<OnboardingDbContext>().Certificates.CountAsync(c => c.TrackId == trackId, Cancel)));

        foreach (var wrong in new[] { "AAAA-AAAA-AAAA", "not-a-code", new string('A', 300), "ABCD-EFGH-JKL1" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/certificates/{Uri.EscapeDataString(wrong)}", Cancel)).StatusCode);
        }
    }

    [Fact]
    public async Task GetTrack_QuizStep_NeverRevealsTheCorrectChoiceAndEscapesHtml()
    {
        var (person, trackId) = await SeasonalWithTrackAsync();

        var json = await person.GetStringAsync($"/api/v1/onboarding/tracks/{trackId}", Cancel);

        Assert.DoesNotContain("correctChoice", json, StringComparison.OrdinalIgnoreCase);
        var track = await person.TrackAsync(trackId);
        Assert.Contains("<h1", track.Steps[0].Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", track.Steps[0].Html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", track.Steps[0].Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TrackEndpoints_TrackNotAssigned_NotFound()
    {
        var (_, trackId) = await SeasonalWithTrackAsync();
        var stranger = platform.CreateClientFor(await platform.CreateUserAsync(type: EmploymentType.Franchise));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/onboarding/tracks/{trackId}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.CompleteAsync(trackId, Guid.CreateVersion7())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.SubmitQuizAsync(trackId, Guid.CreateVersion7(), new() { [Guid.CreateVersion7()] = 0 })).StatusCode);
    }

    [Fact]
    public async Task SubmitQuiz_MissingAnswer_BadRequestNamingAnswers()
    {
        var (person, trackId) = await SeasonalWithTrackAsync();
        var quiz = (await person.TrackAsync(trackId)).Steps[1];

        var partial = await person.SubmitQuizAsync(trackId, quiz.Id, new() { [quiz.Questions[0].Id] = 0 });
        var outOfRange = await person.SubmitQuizAsync(trackId, quiz.Id, new() { [quiz.Questions[0].Id] = 0, [quiz.Questions[1].Id] = 7 });

        foreach (var response in new[] { partial, outOfRange })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("answers", out _));
        }

        Assert.False((await person.TrackAsync(trackId)).Steps[1].IsCompleted);
    }

    [Fact]
    public async Task OnboardingService_TrackNotAssigned_NotFound()
    {
        var (_, trackId) = await SeasonalWithTrackAsync();
        var stranger = await platform.CreateUserAsync(type: EmploymentType.External);

        var result = await platform.AsAsync(stranger, sp => sp.GetRequiredService<IOnboardingService>().GetTrackAsync(trackId, Cancel));

        Assert.Equal("onboarding.track_not_found", result.Error?.Code);
    }

    [Fact]
    public async Task CreateTrack_NotAdministrator_Forbidden()
    {
        var person = platform.CreateClientFor(await platform.CreateUserAsync());

        var response = await person.PostAsJsonAsync("/api/v1/onboarding/tracks", OnboardingApi.ContentAndQuizTrack("Mine", await platform.CreateAudienceAsync(EmploymentType.Seasonal)), OnboardingApi.Send, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CreateTrack_InvalidFields_BadRequestNamingEachField()
    {
        var admin = await AdminClientAsync();
        var track = new NewTrack(" ", "", [], -1, [new NewStep(StepKind.Quiz, "Quiz", "", [new NewQuestion("Q?", ["Only one"], [3])], PassMarkPercent: 0)]);

        var response = await admin.PostAsJsonAsync("/api/v1/onboarding/tracks", track, OnboardingApi.Send, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        foreach (var field in new[] { "title", "audienceIds", "dueInDaysAfterStart", "steps[0].passMarkPercent", "steps[0].questions[0].choices", "steps[0].questions[0].correctChoices" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} should be named in {errors}");
        }
    }

    [Fact]
    public async Task Model_EveryChange_HasAMigration()
    {
        await using var scope = platform.Services.CreateAsyncScope();

        Assert.False(scope.ServiceProvider.GetRequiredService<OnboardingDbContext>().Database.HasPendingModelChanges());
    }

    private async Task<HttpClient> AdminClientAsync() => platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));

    private async Task<(HttpClient Person, Guid TrackId)> SeasonalWithTrackAsync()
    {
        var person = platform.CreateClientFor(await platform.CreateUserAsync(type: EmploymentType.Seasonal));
        var trackId = await (await AdminClientAsync()).CreateTrackAsync(OnboardingApi.ContentAndQuizTrack("Track " + Guid.NewGuid(), await platform.CreateAudienceAsync(EmploymentType.Seasonal)));
        return (person, trackId);
    }
}

public sealed class OnboardingSqliteTests(SqlitePlatform platform) : OnboardingTests(platform), IClassFixture<SqlitePlatform>;

public sealed class OnboardingPostgresTests(PostgresPlatform platform) : OnboardingTests(platform), IClassFixture<PostgresPlatform>;
