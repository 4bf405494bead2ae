using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace DigitalWorkplace.Testing;

/// <summary>
/// A translator on loopback speaking the two providers' HTTP APIs as their documentation gives them, and refusing what
/// they refuse: LibreTranslate at <c>/libre/translate</c> (JSON <c>q</c>, <c>source</c>, <c>target</c>, <c>format</c>,
/// <c>api_key</c>; 400 for a missing field or an unsupported language, 403 for a wrong key) and Azure AI Translator at
/// <c>/azure/translate</c> (<c>api-version=3.0</c>, <c>to</c>, <c>textType</c>; 401 without the resource key; an array
/// of <c>{"Text"}</c>). It "translates" English and French word by word from a small glossary, leaving tags alone, and
/// finds the source language from the words it knows. <c>/broken/translate</c> answers 200 with an HTML page.
/// </summary>
public sealed partial class LocalTranslator : IAsyncLifetime
{
    public const string LibreKey = "libre-test-key";
    public const string AzureKey = "azure-test-key";
    public const string AzureRegion = "westeurope";

    private static readonly (string English, string French)[] Glossary =
    [
        ("good morning", "bonjour"), ("team", "équipe"), ("welcome", "bienvenue"), ("the", "le"), ("menu", "carte"),
        ("winter", "hiver"), ("thanks", "merci"), ("coffee", "café"), ("new", "nouvelle"), ("is", "est"), ("ready", "prête"),
    ];

    private static readonly string[] Supported = ["en", "fr"];

    private WebApplication? _app;

    /// <summary>The requests received, by path, each as the JSON body and the query and headers that matter.</summary>
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>When set, every translation answers this status (an outage, a quota) instead.</summary>
    public HttpStatusCode? FailWith { get; set; }

    /// <summary>When set, every translation answers this body instead (a compromised or misbehaving provider).</summary>
    public string? AnswerHtml { get; set; }

    /// <summary>When set, every translation waits this long first.</summary>
    public TimeSpan Delay { get; set; }

    public Uri Address { get; private set; } = null!;

    public Uri LibreTranslateUrl => new(Address, "libre/");

    public Uri AzureUrl => new(Address, "azure/");

    /// <summary>The host settings that point its translator here.</summary>
    public IReadOnlyDictionary<string, string?> LibreTranslateSettings => new Dictionary<string, string?>
    {
        ["Translation:Provider"] = "LibreTranslate",
        ["Translation:Url"] = LibreTranslateUrl.ToString(),
        ["Translation:ApiKey"] = LibreKey,
        ["Translation:Timeout"] = "00:00:05",
    };

    public int Count(string path) => Requests.Count(r => r.Path == path);

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/libre/translate", (Delegate)LibreTranslateAsync);
        _app.MapPost("/azure/translate", (Delegate)AzureAsync);
        _app.MapPost("/broken/translate", () => Results.Content("<html><body>Gateway says hello</body></html>", "text/html"));
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task<IResult> LibreTranslateAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        Requests.Enqueue(new ReceivedRequest(context.Request.Path, body?.ToJsonString() ?? "", context.Request.QueryString.Value ?? "", ""));
        if (await RefusedAsync(context.RequestAborted) is { } refused)
        {
            return refused;
        }

        string? Field(string name) => body?[name]?.GetValue<string>();
        if (Field("q") is not { } q || Field("target") is not { } target)
        {
            return Results.Json(new { error = "Invalid request: missing q or target parameter" }, statusCode: 400);
        }

        if (Field("api_key") != LibreKey)
        {
            return Results.Json(new { error = "Invalid API key" }, statusCode: 403);
        }

        if (!Supported.Contains(target) || Field("source") is not ("auto" or "en" or "fr"))
        {
            return Results.Json(new { error = $"{target} is not supported" }, statusCode: 400);
        }

        var source = DetectLanguage(q);
        return Results.Json(new { translatedText = AnswerHtml ?? Translate(q, source, target), detectedLanguage = new { confidence = 90.0, language = source } });
    }

    private async Task<IResult> AzureAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var headers = $"key={context.Request.Headers["Ocp-Apim-Subscription-Key"]};region={context.Request.Headers["Ocp-Apim-Subscription-Region"]}";
        Requests.Enqueue(new ReceivedRequest(context.Request.Path, body?.ToJsonString() ?? "", context.Request.QueryString.Value ?? "", headers));
        if (await RefusedAsync(context.RequestAborted) is { } refused)
        {
            return refused;
        }

        if (context.Request.Headers["Ocp-Apim-Subscription-Key"] != AzureKey)
        {
            return AzureError(401, 401000, "The request is not authorized because credentials are missing or invalid.");
        }

        if (context.Request.Query["api-version"] != "3.0")
        {
            return AzureError(400, 400021, "The API version parameter is missing or invalid.");
        }

        if (context.Request.Query["to"].ToString() is not { Length: > 0 } target || !Supported.Contains(target))
        {
            return AzureError(400, 400036, "The target language \"To\" field is missing or invalid.");
        }

        if (body is not JsonArray { Count: > 0 } texts || texts[0]?["Text"]?.GetValue<string>() is not { } text)
        {
            return AzureError(400, 400000, "One of the request inputs is not valid.");
        }

        var source = DetectLanguage(text);
        return Results.Json(new[]
        {
            new { detectedLanguage = new { language = source, score = 1.0 }, translations = new[] { new { text = AnswerHtml ?? Translate(text, source, target), to = target } } },
        });
    }

    private async Task<IResult?> RefusedAsync(CancellationToken cancellationToken)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        return FailWith is { } status ? Results.Json(new { error = "Slow down" }, statusCode: (int)status) : null;
    }

    private static IResult AzureError(int status, int code, string message) => Results.Json(new { error = new { code, message } }, statusCode: status);

    private static string DetectLanguage(string html) =>
        Glossary.Count(g => Contains(html, g.French)) > Glossary.Count(g => Contains(html, g.English)) ? "fr" : "en";

    /// <summary>Word by word from the glossary, in the text between tags only, so markup and links come back as they went.</summary>
    private static string Translate(string html, string source, string target)
    {
        if (source == target)
        {
            return html;
        }

        return TextBetweenTags().Replace(html, text =>
        {
            var result = text.Value;
            foreach (var (english, french) in Glossary.OrderByDescending(g => g.English.Length))
            {
                var (from, to) = target == "fr" ? (english, french) : (french, english);
                result = Regex.Replace(result, $@"\b{Regex.Escape(from)}\b", to, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            }

            return result;
        });
    }

    private static bool Contains(string html, string word) => Regex.IsMatch(html, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex("(?<=^|>)[^<]+")]
    private static partial Regex TextBetweenTags();
}

/// <summary>What the local translator was sent.</summary>
public sealed record ReceivedRequest(string Path, string Body, string Query, string Headers)
{
    public JsonNode? Json => JsonNode.Parse(Body);
}
