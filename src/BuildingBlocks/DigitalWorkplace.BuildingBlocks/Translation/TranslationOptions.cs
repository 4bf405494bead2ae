namespace DigitalWorkplace.BuildingBlocks.Translation;

/// <summary>Which translator answers "translate" on posts and comments: none (the default), or one of the two providers.</summary>
public enum TranslationProvider
{
    None,

    /// <summary>A self-hosted LibreTranslate, or any service speaking its API (<c>POST {Url}/translate</c>).</summary>
    LibreTranslate,

    /// <summary>Azure AI Translator, text translation v3 (<c>POST {Url}/translate?api-version=3.0</c>).</summary>
    Azure,
}

/// <summary>The <c>Translation</c> configuration section. Off unless a provider is named.</summary>
public sealed class TranslationOptions
{
    public const string Section = "Translation";

    /// <summary>The service Azure AI Translator answers at when no <see cref="Url"/> is given (its global endpoint).</summary>
    public static readonly Uri AzureGlobalEndpoint = new("https://api.cognitive.microsofttranslator.com/");

    public TranslationProvider Provider { get; set; } = TranslationProvider.None;

    /// <summary>
    /// Where the provider answers: the LibreTranslate server (required, e.g. <c>http://translate.internal:5000/</c>, which
    /// may be on the private network: an administrator chose it), or an Azure endpoint (defaults to the global one).
    /// </summary>
    public Uri? Url { get; set; }

    /// <summary>The LibreTranslate API key (if the server asks for one) or the Azure resource key.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The Azure resource's region (e.g. <c>westeurope</c>), needed by regional and multi-service resources.</summary>
    public string? Region { get; set; }

    /// <summary>How long a translation may take before the reader is told to try later.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a translation is kept in memory, so a post read by a hundred people is translated once per language.</summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// The languages readers may ask for (the provider's codes: <c>pt</c>, <c>zh-Hans</c>); the UI's French and English
    /// when none are given. Anything else is refused before the provider is called, so nobody spends the network's quota
    /// on languages it does not offer.
    /// </summary>
    public List<string>? Languages { get; set; }

    public IReadOnlyList<string> TargetLanguages => Languages is { Count: > 0 } languages ? languages : DefaultLanguages;

    private static readonly string[] DefaultLanguages = ["en", "fr"];

    public bool IsEnabled => Provider != TranslationProvider.None;
}
