using System.Globalization;
using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DigitalWorkplace.Web.Components.Shared;

/// <summary>
/// Turns a module's <see cref="Error"/> into words for people: each field error's code is translated from the resources
/// (<c>Field_too_long</c>: "At most {max} characters."), its arguments filled in by name; a code without a translation
/// falls back to the module's English message.
/// </summary>
internal static class ErrorText
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
            .Select(fieldError => Translate(fieldError, l))
            .ToList();
    }

    /// <summary>The one-line summary shown above a form: the code's own words when the resources have them (<c>Error_announcement.reminded_recently</c>).</summary>
    public static string Summary(this Error error, IStringLocalizer<SharedResource> l) => l[$"Error_{error.Code}"] is { ResourceNotFound: false } own ? own.Value : error.Kind switch
    {
        ErrorKind.Validation => l["Error_Validation"],
        ErrorKind.NotFound => l["Error_NotFound"],
        ErrorKind.Unauthorized => l["Error_Unauthorized"],
        ErrorKind.Forbidden => l["Error_Forbidden"],
        ErrorKind.Conflict or ErrorKind.Unprocessable => string.Format(CultureInfo.CurrentCulture, l["Error_Conflict"], error.Message),
        _ => error.Message,
    };

    private static string Translate(FieldError error, IStringLocalizer<SharedResource> l)
    {
        var template = l[$"Field_{error.Code}"];
        if (template.ResourceNotFound)
        {
            return error.Message;
        }

        var text = template.Value;
        foreach (var (name, value) in error.Arguments ?? new Dictionary<string, object>())
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.CurrentCulture), StringComparison.Ordinal);
        }

        return text;
    }
}
