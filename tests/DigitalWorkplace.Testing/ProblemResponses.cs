using System.Net.Http.Json;
using System.Text.Json;

namespace DigitalWorkplace.Testing;

/// <summary>Reading the problem details a refused request answers with.</summary>
public static class ProblemResponses
{
    /// <summary>The fields a 400 names (its <c>errors</c>' keys).</summary>
    public static async Task<IReadOnlyList<string>> ErrorFieldsAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(p => p.Name)] : [];
    }
}
