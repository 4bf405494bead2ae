using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace DigitalWorkplace.BuildingBlocks.Translation;

/// <summary>
/// Azure AI Translator, text translation v3: <c>POST /translate?api-version=3.0&amp;to=fr&amp;textType=html</c> with
/// <c>[{"Text": …}]</c>, the resource key in <c>Ocp-Apim-Subscription-Key</c> (and its region in
/// <c>Ocp-Apim-Subscription-Region</c>); it answers <c>[{"detectedLanguage": {"language"}, "translations": [{"text"}]}]</c>.
/// </summary>
public sealed class AzureTranslator(HttpClient http, TranslationOptions options) : ITranslator
{
    public async Task<TranslatedHtml> TranslateHtmlAsync(string html, string targetLanguage, CancellationToken cancellationToken)
    {
        var endpoint = TranslatorHttp.Under(options.Url ?? TranslationOptions.AzureGlobalEndpoint, $"translate?api-version=3.0&textType=html&to={Uri.EscapeDataString(targetLanguage)}");
        var headers = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Ocp-Apim-Subscription-Key"] = options.ApiKey,
            ["Ocp-Apim-Subscription-Region"] = options.Region,
        };
        var answers = await TranslatorHttp.PostAsync<List<AzureAnswer>>(http, endpoint, JsonContent.Create(new[] { new AzureText(html) }), headers, cancellationToken);
        return answers is [{ Translations: [{ Text: { } text }, ..] } answer, ..]
            ? new TranslatedHtml(text, answer.DetectedLanguage?.Language)
            : throw new TranslatorUnavailableException("Azure Translator answered without a translation.");
    }

    private sealed record AzureText([property: JsonPropertyName("Text")] string Text);

    private sealed record AzureAnswer(
        [property: JsonPropertyName("detectedLanguage")] AzureDetected? DetectedLanguage,
        [property: JsonPropertyName("translations")] List<AzureTranslation>? Translations);

    private sealed record AzureDetected([property: JsonPropertyName("language")] string? Language);

    private sealed record AzureTranslation([property: JsonPropertyName("text")] string? Text);
}
