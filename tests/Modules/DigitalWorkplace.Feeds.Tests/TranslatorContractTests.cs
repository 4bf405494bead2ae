using System.Net;
using DigitalWorkplace.BuildingBlocks;
using DigitalWorkplace.BuildingBlocks.Translation;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Feeds.Tests;

/// <summary>The two translator providers over real HTTP against a local server speaking their APIs, and the port's rules on top.</summary>
public sealed class TranslatorContractTests(LocalTranslator translator) : IClassFixture<LocalTranslator>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string Html = "<p>Good morning <strong>team</strong>, the <a href=\"/topics/winter\" rel=\"nofollow noopener noreferrer\">#winter</a> menu is ready</p>";

    [Fact]
    public async Task LibreTranslate_IsSentTheHtmlWithAutoSourceTargetFormatAndKey_AndItsTranslationAndDetectedLanguageAreRead()
    {
        using var http = new HttpClient();
        var libre = new LibreTranslateTranslator(http, Options(TranslationProvider.LibreTranslate, translator.LibreTranslateUrl, LocalTranslator.LibreKey));

        var translated = await libre.TranslateHtmlAsync(Html, "fr", Cancel);

        Assert.Equal("<p>bonjour <strong>équipe</strong>, le <a href=\"/topics/winter\" rel=\"nofollow noopener noreferrer\">#hiver</a> carte est prête</p>", translated.Html);
        Assert.Equal("en", translated.SourceLanguage);
        var sent = translator.Requests.Last(r => r.Path == "/libre/translate").Json!;
        Assert.Equal(Html, (string?)sent["q"]);
        Assert.Equal("auto", (string?)sent["source"]);
        Assert.Equal("fr", (string?)sent["target"]);
        Assert.Equal("html", (string?)sent["format"]);
        Assert.Equal(LocalTranslator.LibreKey, (string?)sent["api_key"]);
    }

    [Fact]
    public async Task LibreTranslate_WrittenWithoutItsTrailingSlash_IsStillAskedUnderItsPath()
    {
        using var http = new HttpClient();
        var url = new Uri(translator.LibreTranslateUrl.ToString().TrimEnd('/'));
        var libre = new LibreTranslateTranslator(http, Options(TranslationProvider.LibreTranslate, url, LocalTranslator.LibreKey));

        Assert.Equal("<p>welcome</p>", (await libre.TranslateHtmlAsync("<p>bienvenue</p>", "en", Cancel)).Html);
    }

    [Theory]
    [InlineData("wrong-key", "fr")]
    [InlineData(LocalTranslator.LibreKey, "xx")]
    public async Task LibreTranslate_RefusingTheKeyOrTheLanguage_IsUnavailable(string key, string target)
    {
        using var http = new HttpClient();
        var libre = new LibreTranslateTranslator(http, Options(TranslationProvider.LibreTranslate, translator.LibreTranslateUrl, key));

        var refused = await Assert.ThrowsAsync<TranslatorUnavailableException>(() => libre.TranslateHtmlAsync(Html, target, Cancel));

        Assert.Contains(key == LocalTranslator.LibreKey ? "400" : "403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Azure_IsSentTheKeyRegionVersionAndHtml_AndItsTranslationAndDetectedLanguageAreRead()
    {
        using var http = new HttpClient();
        var azure = new AzureTranslator(http, Options(TranslationProvider.Azure, translator.AzureUrl, LocalTranslator.AzureKey, LocalTranslator.AzureRegion));

        var translated = await azure.TranslateHtmlAsync("<p>Merci, <em>équipe</em> !</p>", "en", Cancel);

        Assert.Equal("<p>thanks, <em>team</em> !</p>", translated.Html);
        Assert.Equal("fr", translated.SourceLanguage);
        var sent = translator.Requests.Last(r => r.Path == "/azure/translate");
        Assert.Equal("?api-version=3.0&textType=html&to=en", sent.Query);
        Assert.Equal($"key={LocalTranslator.AzureKey};region={LocalTranslator.AzureRegion}", sent.Headers);
        var texts = Assert.IsType<System.Text.Json.Nodes.JsonArray>(sent.Json);
        Assert.Equal("<p>Merci, <em>équipe</em> !</p>", (string?)Assert.Single(texts)!["Text"]);
    }

    [Fact]
    public async Task Azure_WithoutTheResourceKey_IsUnavailable()
    {
        using var http = new HttpClient();
        var azure = new AzureTranslator(http, Options(TranslationProvider.Azure, translator.AzureUrl, "not-the-key"));

        var refused = await Assert.ThrowsAsync<TranslatorUnavailableException>(() => azure.TranslateHtmlAsync(Html, "fr", Cancel));

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProviderAnsweringAPageInsteadOfJson_IsUnavailable()
    {
        using var http = new HttpClient();
        var broken = new Uri(translator.Address, "broken/");

        await Assert.ThrowsAsync<TranslatorUnavailableException>(() => new LibreTranslateTranslator(http, Options(TranslationProvider.LibreTranslate, broken, null)).TranslateHtmlAsync(Html, "fr", Cancel));
        await Assert.ThrowsAsync<TranslatorUnavailableException>(() => new AzureTranslator(http, Options(TranslationProvider.Azure, broken, "key")).TranslateHtmlAsync(Html, "fr", Cancel));
    }

    [Fact]
    public async Task ThePort_SanitisesAHostileAnswer_KeepsItForTheNextReader_AndReportsAnOutageAsUnavailable()
    {
        await using var services = Services(translator.LibreTranslateSettings);
        await using var scope = services.CreateAsyncScope();
        var port = scope.ServiceProvider.GetRequiredService<ContentTranslator>();
        var html = $"<p>welcome {Guid.NewGuid():N}</p>";
        translator.AnswerHtml = "<p onclick=\"steal()\">bienvenue</p><script>steal()</script><img src=x onerror=steal()>"
            + "<form action=\"https://evil.example/\"><input type=\"password\" name=\"p\"><button>OK</button></form>";
        try
        {
            var first = await port.TranslateAsync(html, "fr", Cancel);
            var before = translator.Count("/libre/translate");
            var again = await port.TranslateAsync(html, "fr", Cancel);

            Assert.Equal("<p>bienvenue</p><img src=\"x\">", first.Value!.Html);
            Assert.Equal(first.Value, again.Value);
            Assert.Equal(before, translator.Count("/libre/translate"));
        }
        finally
        {
            translator.AnswerHtml = null;
        }

        translator.FailWith = HttpStatusCode.TooManyRequests;
        try
        {
            var refused = await port.TranslateAsync($"<p>new {Guid.NewGuid():N}</p>", "fr", Cancel);

            Assert.Equal(ContentTranslator.Failed, refused.Error);
        }
        finally
        {
            translator.FailWith = null;
        }
    }

    [Fact]
    public async Task AProviderSlowerThanTheTimeout_IsUnavailable_NotACancelledRequest()
    {
        var settings = new Dictionary<string, string?>(translator.LibreTranslateSettings) { ["Translation:Timeout"] = "00:00:00.300" };
        await using var services = Services(settings);
        await using var scope = services.CreateAsyncScope();
        translator.Delay = TimeSpan.FromSeconds(5);
        try
        {
            var late = await scope.ServiceProvider.GetRequiredService<ContentTranslator>().TranslateAsync($"<p>coffee {Guid.NewGuid():N}</p>", "fr", Cancel);

            Assert.Equal(ContentTranslator.Failed, late.Error);
        }
        finally
        {
            translator.Delay = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task WithNoProviderConfigured_ThePortIsOff()
    {
        await using var services = Services(new Dictionary<string, string?>());
        await using var scope = services.CreateAsyncScope();
        var port = scope.ServiceProvider.GetRequiredService<ContentTranslator>();

        Assert.False(port.IsEnabled);
        Assert.Equal(ContentTranslator.Off, (await port.TranslateAsync(Html, "fr", Cancel)).Error);
        Assert.Null(scope.ServiceProvider.GetService<ITranslator>());
    }

    [Theory]
    [InlineData("LibreTranslate", null, null)]
    [InlineData("Azure", "https://example.test/", null)]
    public void AProviderMissingWhatItNeeds_StopsTheHostAtStartWithTheSettingToFix(string provider, string? url, string? key)
    {
        var settings = new Dictionary<string, string?> { ["Translation:Provider"] = provider, ["Translation:Url"] = url, ["Translation:ApiKey"] = key };

        var refused = Assert.Throws<InvalidOperationException>(() => Services(settings));

        Assert.Contains(provider == "Azure" ? "Translation:ApiKey" : "Translation:Url", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "FR", "fr")]
    [InlineData(null, "pt", null)]
    [InlineData(null, "fr\n", null)]
    [InlineData("pt,zh-Hans", "zh-hans", "zh-Hans")]
    [InlineData("pt,zh-Hans", "fr", null)]
    public async Task OnlyTheOfferedLanguages_AreAskedFor_InAnyCase(string? configured, string asked, string? offered)
    {
        var settings = new Dictionary<string, string?>(translator.LibreTranslateSettings);
        foreach (var (language, index) in (configured?.Split(',') ?? []).Select((l, i) => (l, i)))
        {
            settings[$"Translation:Languages:{index}"] = language;
        }

        await using var services = Services(settings);
        await using var scope = services.CreateAsyncScope();

        Assert.Equal(offered, scope.ServiceProvider.GetRequiredService<ContentTranslator>().Offered(asked));
    }

    private static TranslationOptions Options(TranslationProvider provider, Uri url, string? key, string? region = null) =>
        new() { Provider = provider, Url = url, ApiKey = key, Region = region };

    private static ServiceProvider Services(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddBuildingBlocks(configuration).BuildServiceProvider();
    }
}
