using System.Text.Json;
using System.Text.Json.Serialization;
using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.SubmitQuiz;

/// <summary>The body of a quiz attempt: each question id mapped to the chosen answers' indexes — a list, or one number for a single choice.</summary>
internal sealed record QuizAnswers([property: JsonConverter(typeof(ChosenAnswersConverter))] Dictionary<Guid, IReadOnlyList<int>>? Answers);

internal static class SubmitQuizEndpoint
{
    public static void Map(IEndpointRouteBuilder onboarding) =>
        onboarding.MapPost("/tracks/{trackId:guid}/steps/{stepId:guid}/quiz", HandleAsync).WithName("SubmitQuiz");

    private static async Task<ApiResult<Ok<QuizResultDto>, Problem.Invalid, Problem.NotFound, Problem.Conflict>> HandleAsync(
        Guid trackId, Guid stepId, QuizAnswers body, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SubmitQuiz(trackId, stepId, body.Answers), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}

/// <summary><c>{ "id": 1 }</c> or <c>{ "id": [0, 2] }</c>: a single choice may be written as its number.</summary>
internal sealed class ChosenAnswersConverter : JsonConverter<Dictionary<Guid, IReadOnlyList<int>>>
{
    public override Dictionary<Guid, IReadOnlyList<int>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("answers must be an object of question ids.");
        }

        var answers = new Dictionary<Guid, IReadOnlyList<int>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (!Guid.TryParse(reader.GetString(), out var questionId) || !reader.Read())
            {
                throw new JsonException("each key of answers must be a question id.");
            }

            answers[questionId] = reader.TokenType switch
            {
                JsonTokenType.Number => [Choice(ref reader)],
                JsonTokenType.StartArray => Choices(ref reader),
                _ => throw new JsonException("each answer must be a choice's index or a list of them."),
            };
        }

        return answers;
    }

    /// <summary>Read by hand, element by element, so anything but a short list of whole numbers is a 400 on <c>answers</c>.</summary>
    private static int[] Choices(ref Utf8JsonReader reader)
    {
        var choices = new List<int>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.Number || choices.Count >= Features.CreateTrack.NewTrackRules.MaxChoices)
            {
                throw new JsonException("each answer must list at most 10 choices' indexes.");
            }

            choices.Add(Choice(ref reader));
        }

        return [.. choices];
    }

    private static int Choice(ref Utf8JsonReader reader) =>
        reader.TryGetInt32(out var choice) ? choice : throw new JsonException("a choice's index must be a whole number.");

    public override void Write(Utf8JsonWriter writer, Dictionary<Guid, IReadOnlyList<int>> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ToDictionary(a => a.Key, a => a.Value.ToArray()), options);
}
