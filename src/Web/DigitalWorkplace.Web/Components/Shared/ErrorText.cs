using System.Globalization;
using System.Text.RegularExpressions;
using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DigitalWorkplace.Web.Components.Shared;

/// <summary>
/// Turns a module's <see cref="Error"/> into words for people. Modules speak English (their messages are also the API's
/// problem details), so the common validation phrases and error kinds are translated here.
/// </summary>
internal static partial class ErrorText
{
    public static IReadOnlyList<string> ForField(this Error? error, string field, IStringLocalizer<SharedResource> l)
    {
        if (error?.Fields is not { } fields)
        {
            return [];
        }

        return fields
            .Where(f => string.Equals(f.Key, field, StringComparison.OrdinalIgnoreCase))
            .SelectMany(f => f.Value)
            .Select(message => Translate(message, l))
            .ToList();
    }

    /// <summary>The one-line summary shown above a form.</summary>
    public static string Summary(this Error error, IStringLocalizer<SharedResource> l) => error.Kind switch
    {
        ErrorKind.Validation => l["Error_Validation"],
        ErrorKind.NotFound => l["Error_NotFound"],
        ErrorKind.Unauthorized => l["Error_Unauthorized"],
        ErrorKind.Forbidden => l["Error_Forbidden"],
        ErrorKind.Conflict => string.Format(CultureInfo.CurrentCulture, l["Error_Conflict"], error.Message),
        _ => error.Message,
    };

    private static string Translate(string message, IStringLocalizer<SharedResource> l)
    {
        if (message == "is required.")
        {
            return l["Error_Required"];
        }

        return MaxLength().Match(message) is { Success: true } match
            ? string.Format(CultureInfo.CurrentCulture, l["Error_MaxLength"], match.Groups[1].Value)
            : message;
    }

    [GeneratedRegex(@"^must be at most (\d+) characters\.$", RegexOptions.CultureInvariant)]
    private static partial Regex MaxLength();
}
