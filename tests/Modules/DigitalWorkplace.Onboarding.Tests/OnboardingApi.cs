using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Tests;

/// <summary>Calls the onboarding API the way a client does, reading enums by name or number.</summary>
internal static class OnboardingApi
{
    /// <summary>Reads enums written either way, so the tests do not depend on the host's enum format.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Writes enums as numbers, which the API accepts whether or not it writes names.</summary>
    public static readonly JsonSerializerOptions Send = new(JsonSerializerDefaults.Web);

    public static NewTrack ContentAndQuizTrack(string title, params Guid[] audienceIds) => new(
        title,
        "Everything a newcomer needs in the first week.",
        audienceIds,
        DueInDaysAfterStart: 14,
        [
            new NewStep(StepKind.Content, "Welcome", "# Welcome\n\nRead this. <script>alert(1)</script> [Start](javascript:alert(2))", []),
            new NewStep(
                StepKind.Quiz,
                "Safety quiz",
                "Answer the questions.",
                [
                    new NewQuestion("Where is the fire exit?", ["Back door", "Roof"], CorrectChoices: [0]),
                    new NewQuestion("Who do you call first?", ["Nobody", "Your manager"], CorrectChoices: [1]),
                ],
                PassMarkPercent: 100),
        ]);

    public static async Task<Guid> CreateTrackAsync(this HttpClient admin, NewTrack track)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/onboarding/tracks", track, Send);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<Guid>(Json);
    }

    public static HttpRequestMessage CreateRequest(NewTrack track, string idempotencyKey) =>
        new(HttpMethod.Post, "/api/v1/onboarding/tracks") { Content = JsonContent.Create(track, options: Send), Headers = { { "Idempotency-Key", idempotencyKey } } };

    public static async Task<AuthoredTrackDto> SaveDraftAsync(this HttpClient admin, Guid trackId, NewTrack track)
    {
        var response = await admin.PutAsJsonAsync($"/api/v1/onboarding/authoring/tracks/{trackId}", track, Send);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AuthoredTrackDto>(Json))!;
    }

    public static Task<HttpResponseMessage> PublishAsync(this HttpClient admin, Guid trackId, bool moveInProgress = false) =>
        admin.PostAsJsonAsync($"/api/v1/onboarding/authoring/tracks/{trackId}/publish", new { moveInProgress }, Send);

    public static async Task<TrackDto> TrackInAsync(this HttpClient client, Guid trackId, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/onboarding/tracks/{trackId}");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        return (await response.Content.ReadFromJsonAsync<TrackDto>(Json))!;
    }

    public static async Task<IReadOnlyList<TrackProgressDto>> MyTracksAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<List<TrackProgressDto>>("/api/v1/onboarding/tracks", Json))!;

    public static async Task<TrackDto> TrackAsync(this HttpClient client, Guid trackId) =>
        (await client.GetFromJsonAsync<TrackDto>($"/api/v1/onboarding/tracks/{trackId}", Json))!;

    public static Task<HttpResponseMessage> CompleteAsync(this HttpClient client, Guid trackId, Guid stepId) =>
        client.PostAsync($"/api/v1/onboarding/tracks/{trackId}/steps/{stepId}/complete", content: null);

    public static Task<HttpResponseMessage> SubmitQuizAsync(this HttpClient client, Guid trackId, Guid stepId, Dictionary<Guid, int> answers) =>
        client.PostAsJsonAsync($"/api/v1/onboarding/tracks/{trackId}/steps/{stepId}/quiz", new { answers }, Send);

    /// <summary>The id of the attempt's question with this text (each attempt shuffles the questions).</summary>
    public static Guid QuestionId(this StepDto quiz, string text) => quiz.Questions.Single(q => q.Text == text).Id;

    /// <summary>The right answers to <see cref="ContentAndQuizTrack"/>'s quiz, for the questions this attempt asks.</summary>
    public static Dictionary<Guid, int> RightAnswers(this StepDto quiz) =>
        new() { [quiz.QuestionId("Where is the fire exit?")] = 0, [quiz.QuestionId("Who do you call first?")] = 1 };

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Json);
}
