using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.BuildingBlocks.Translation;

internal static class TranslationServices
{
    /// <summary>The largest answer read from a translator: a post is at most 10,000 characters, rendered.</summary>
    private const int MaxAnswerBytes = 1024 * 1024;

    /// <summary>The <c>Translation</c> section's provider as <see cref="ITranslator"/> (none by default), behind <see cref="ContentTranslator"/>.</summary>
    public static IServiceCollection AddTranslation(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TranslationOptions.Section).Get<TranslationOptions>() ?? new TranslationOptions();
        services.TryAddSingleton(options);
        services.TryAddScoped<ContentTranslator>();
        switch (options.Provider)
        {
            case TranslationProvider.LibreTranslate when options.Url is null:
                throw new InvalidOperationException("Translation:Provider is LibreTranslate: Translation:Url must name its server (e.g. http://localhost:5000/).");
            case TranslationProvider.LibreTranslate:
                services.AddHttpClient<ITranslator, LibreTranslateTranslator>(http => Configure(http, options));
                break;
            case TranslationProvider.Azure when string.IsNullOrEmpty(options.ApiKey):
                throw new InvalidOperationException("Translation:Provider is Azure: Translation:ApiKey must hold the resource key.");
            case TranslationProvider.Azure:
                services.AddHttpClient<ITranslator, AzureTranslator>(http => Configure(http, options));
                break;
        }

        return services;
    }

    private static void Configure(HttpClient http, TranslationOptions options)
    {
        http.Timeout = options.Timeout;
        http.MaxResponseContentBufferSize = MaxAnswerBytes;
    }
}
