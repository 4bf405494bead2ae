using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigitalWorkplace.BuildingBlocks.Translation;

/// <summary>
/// LibreTranslate's API (<c>POST /translate</c> with <c>q</c>, <c>source: "auto"</c>, <c>target</c>, <c>format: "html"</c>
/// and the optional <c>api_key</c>; it answers <c>translatedText</c> and <c>detectedLanguage.language</c>).
/// </summary>
public sealed class LibreTranslateTranslator(HttpClient http, TranslationOptions options) : ITranslator
{
    public async Task<TranslatedHtml> TranslateHtmlAsync(string html, string targetLanguage, CancellationToken cancellationToken)
    {
        var endpoint = TranslatorHttp.Under(options.Url ?? throw new InvalidOperationException("Translation:Url names the LibreTranslate server."), "translate");
        var request = new LibreTranslateRequest(html, "auto", targetLanguage, "html", string.IsNullOrEmpty(options.ApiKey) ? null : options.ApiKey);
        var answer = await TranslatorHttp.PostAsync<LibreTranslateAnswer>(http, endpoint, JsonContent.Create(request, options: Json), null, cancellationToken);
        return answer.TranslatedText is { } text
            ? new TranslatedHtml(text, answer.DetectedLanguage?.Language)
            : throw new TranslatorUnavailableException("LibreTranslate answered without a translatedText.");
    }

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private sealed record LibreTranslateRequest(
        [property: JsonPropertyName("q")] string Q,
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("target")] string Target,
        [property: JsonPropertyName("format")] string Format,
        [property: JsonPropertyName("api_key")] string? ApiKey);

    private sealed record LibreTranslateAnswer(
        [property: JsonPropertyName("translatedText")] string? TranslatedText,
        [property: JsonPropertyName("detectedLanguage")] DetectedLanguage? DetectedLanguage);

    private sealed record DetectedLanguage([property: JsonPropertyName("language")] string? Language);
}
