using System.Security.Cryptography;
using System.Text;
using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.BuildingBlocks.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.BuildingBlocks.Translation;

/// <summary>
/// What modules translate through: the configured <see cref="ITranslator"/>, its answer sanitised like anything written
/// here (a translator is another service, and its HTML is shown in our pages), and kept in memory by the text and
/// language, so a post read by a whole team is translated once. Failures are a 503 the reader can retry, never a 500.
/// </summary>
public sealed partial class ContentTranslator(TranslationOptions options, IServiceProvider services, IMemoryCache cache, MarkdownRenderer renderer, ILogger<ContentTranslator> logger)
{
    public static readonly Error Off = Error.Unavailable("translation.off", "Translation is not switched on for this network.");

    public static readonly Error Failed = Error.Unavailable("translation.unavailable", "The translator did not answer; try again in a moment.");

    public bool IsEnabled => options.IsEnabled;

    /// <summary>The offered language <paramref name="tag"/> names, in any case ("FR" is "fr"), as the configuration spells it; null when not offered.</summary>
    public string? Offered(string? tag) => options.TargetLanguages.FirstOrDefault(l => string.Equals(l, tag, StringComparison.OrdinalIgnoreCase));

    /// <summary>400 on <paramref name="field"/>: the languages one may ask for.</summary>
    public Error NotOffered(string field) => Error.Validation(field, FieldError.OneOf(options.TargetLanguages));

    public async Task<Result<TranslatedHtml>> TranslateAsync(string html, string targetLanguage, CancellationToken cancellationToken)
    {
        if (!options.IsEnabled)
        {
            return Off;
        }

        var key = $"translation:{targetLanguage}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(html)))}";
        if (cache.TryGetValue(key, out TranslatedHtml? known) && known is not null)
        {
            return known;
        }

        try
        {
            var translated = await services.GetRequiredService<ITranslator>().TranslateHtmlAsync(html, targetLanguage, cancellationToken);
            var safe = translated with { Html = renderer.Sanitize(translated.Html) };
            cache.Set(key, safe, options.CacheFor);
            return safe;
        }
        catch (TranslatorUnavailableException e)
        {
            LogUnavailable(logger, options.Provider, e);
            return Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Provider} translator is unavailable")]
    private static partial void LogUnavailable(ILogger logger, TranslationProvider provider, Exception exception);
}
