namespace DigitalWorkplace.BuildingBlocks.Translation;

/// <summary>A translation: the HTML in the target language, and the language the provider found the original in, when it says.</summary>
public sealed record TranslatedHtml(string Html, string? SourceLanguage);

/// <summary>
/// The translator port: one implementation per provider (<see cref="LibreTranslateTranslator"/>, <see cref="AzureTranslator"/>).
/// The HTML in and out is a post's sanitised HTML, so links and emphasis survive; what comes back is sanitised again by
/// <see cref="ContentTranslator"/> before anyone sees it, since it is another service's words.
/// </summary>
public interface ITranslator
{
    /// <summary>Throws <see cref="TranslatorUnavailableException"/> when the provider refuses, fails or does not answer in time.</summary>
    Task<TranslatedHtml> TranslateHtmlAsync(string html, string targetLanguage, CancellationToken cancellationToken);
}

/// <summary>The provider refused, failed, answered something unreadable or took too long.</summary>
public sealed class TranslatorUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
