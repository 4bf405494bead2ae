using System.Net.Http.Json;
using System.Text.Json;

namespace DigitalWorkplace.BuildingBlocks.Translation;

/// <summary>What both providers do with HTTP: post JSON, and turn every way it can go wrong into <see cref="TranslatorUnavailableException"/>.</summary>
internal static class TranslatorHttp
{
    /// <summary><paramref name="path"/> under the configured address, whether or not it was written with its trailing slash.</summary>
    public static Uri Under(Uri root, string path) =>
        new(root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/"), path);

    public static async Task<T> PostAsync<T>(HttpClient http, Uri endpoint, HttpContent body, IReadOnlyDictionary<string, string?>? headers, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = body };
        foreach (var (name, value) in headers ?? new Dictionary<string, string?>())
        {
            if (!string.IsNullOrEmpty(value))
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                // The provider's own words (quota, bad key, unknown language) are for the operator's log, not the reader.
                throw new TranslatorUnavailableException($"The translator answered {(int)response.StatusCode}: {await ShortAsync(response, cancellationToken)}");
            }

            return await response.Content.ReadFromJsonAsync<T>(cancellationToken) ?? throw new TranslatorUnavailableException("The translator answered null.");
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or NotSupportedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new TranslatorUnavailableException($"The translator at {endpoint.GetLeftPart(UriPartial.Authority)} did not answer usefully: {e.Message}", e);
        }
    }

    private static async Task<string> ShortAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Length <= 300 ? text : text[..300];
    }
}
