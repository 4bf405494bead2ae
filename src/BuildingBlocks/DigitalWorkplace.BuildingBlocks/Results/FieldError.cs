using System.Globalization;

namespace DigitalWorkplace.BuildingBlocks.Results;

/// <summary>
/// One thing wrong with one field: a stable <see cref="Code"/> with its <see cref="Arguments"/>, which the UI
/// translates from its resources (<c>Field_too_long</c> with <c>{max}</c>), and an English
/// <see cref="Message"/> for API clients.
/// </summary>
public sealed record FieldError(string Code, string Message, IReadOnlyDictionary<string, object>? Arguments = null)
{
    public static FieldError Required() => new(FieldCodes.Required, "is required.");

    public static FieldError TooLong(int max) =>
        new(FieldCodes.TooLong, $"must be at most {max} characters.", new Dictionary<string, object> { ["max"] = max });

    public static FieldError TooShort(int min) =>
        new(FieldCodes.TooShort, $"must be at least {min} characters.", new Dictionary<string, object> { ["min"] = min });

    public static FieldError OutOfRange(long min, long max) =>
        new(FieldCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}."),
            new Dictionary<string, object> { ["min"] = min, ["max"] = max });

    public static FieldError OneOf(IEnumerable<string> allowed)
    {
        var list = string.Join(", ", allowed);
        return new(FieldCodes.OneOf, $"must be one of: {list}.", new Dictionary<string, object> { ["allowed"] = list });
    }

    /// <summary>The value could not be read as the expected type (a string where a number goes, a 30th of February).</summary>
    public static FieldError Unreadable(string expected) =>
        new(FieldCodes.Unreadable, $"is not a valid {expected}.", new Dictionary<string, object> { ["expected"] = expected });

    public static FieldError InvalidCharacters() => new(FieldCodes.InvalidCharacters, "contains characters that are not text (a NUL or half of a character).");

    public static FieldError InvalidCursor() => new(FieldCodes.InvalidCursor, "is not a valid cursor.");

    public static FieldError InvalidEmail() => new(FieldCodes.InvalidEmail, "is not a valid email address.");

    public static FieldError InvalidAddress() => new(FieldCodes.InvalidAddress, "must be an absolute http or https address.");

    /// <summary>A rule of one use case only; the UI falls back to the English message for codes it does not know.</summary>
    public static FieldError Rule(string code, string message, IReadOnlyDictionary<string, object>? arguments = null) => new(code, message, arguments);
}

/// <summary>The field error codes every module shares (the UI has a translation for each).</summary>
public static class FieldCodes
{
    public const string Required = "required";
    public const string TooLong = "too_long";
    public const string TooShort = "too_short";
    public const string OutOfRange = "out_of_range";
    public const string OneOf = "one_of";
    public const string Unreadable = "unreadable";
    public const string InvalidCharacters = "invalid_characters";
    public const string InvalidCursor = "invalid_cursor";
    public const string InvalidEmail = "invalid_email";
    public const string InvalidAddress = "invalid_address";
}
