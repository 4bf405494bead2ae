using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace DigitalWorkplace.Identity.Accounts;

/// <summary>The rules of a person's fields, shared by every way a person is created or edited (API, forms, sign-up, import).</summary>
internal static partial class PersonRules
{
    public const int HandleMinLength = 3;
    public const int HandleMaxLength = 32;

    public static bool IsEmailAddress(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('@', StringComparison.Ordinal);

    /// <summary>A handle is typed on a phone: lower-case letters, digits, dots, dashes and underscores, starting with a letter or digit.</summary>
    public static bool IsHandle(string value) => HandlePattern().IsMatch(value);

    /// <summary>Handles are compared and stored in lower case: "Lea.M" and "lea.m" are one account.</summary>
    public static string NormalizeHandle(string value) => value.Trim().ToLowerInvariant();

    public static void Email(Validator validator, string field, string? email)
    {
        validator.MaxLength(field, email, Person.EmailMaxLength);
        if (!string.IsNullOrWhiteSpace(email))
        {
            validator.That(IsEmailAddress(email.Trim()), field, FieldError.InvalidEmail());
        }
    }

    public static void Handle(Validator validator, string field, string? handle)
    {
        if (handle is null)
        {
            return;
        }

        validator.That(
            IsHandle(NormalizeHandle(handle)),
            field,
            FieldError.Rule("invalid_handle", $"must be {HandleMinLength} to {HandleMaxLength} letters, digits, dots, dashes or underscores.",
                new Dictionary<string, object> { ["min"] = HandleMinLength, ["max"] = HandleMaxLength }));
    }

    /// <summary>Two-letter ISO 639-1 codes ("fr", "en"), up to 8.</summary>
    public static void Languages(Validator validator, string field, IReadOnlyList<string>? languages)
    {
        var codes = LanguageCodesOf(languages);
        validator.That(codes.Count <= 8 && codes.TrueForAll(IsLanguageCode), field, FieldError.Rule("invalid_languages", "must be up to 8 two-letter language codes such as fr or en."));
    }

    /// <summary>The languages as stored: lower case, joined by commas, first preferred; null when there are none.</summary>
    public static string? StoredLanguages(IReadOnlyList<string>? languages) => Stored(LanguageCodesOf(languages));

    private static List<string> LanguageCodesOf(IReadOnlyList<string>? languages) =>
        (languages ?? []).Select(l => (l ?? string.Empty).Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();

    private static string? Stored(List<string> values) => values.Count == 0 ? null : string.Join(',', values);

    /// <summary>A stored comma-separated list (languages, tags) as a list.</summary>
    public static IReadOnlyList<string> ListOf(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public const int MaxTags = 20;

    /// <summary>Tags: up to 20 labels of 1–40 lower-case letters, digits or dashes.</summary>
    public static void Tags(Validator validator, string field, IReadOnlyList<string>? tags)
    {
        var labels = TagsOf(tags);
        validator.That(labels.Count <= MaxTags && labels.TrueForAll(IsTag), field, FieldError.Rule("invalid_tags", "must be up to 20 labels of lower-case letters, digits or dashes."));
    }

    /// <summary>The tags as stored: lower case, joined by commas; null when there are none.</summary>
    public static string? StoredTags(IReadOnlyList<string>? tags) => Stored(TagsOf(tags));

    private static List<string> TagsOf(IReadOnlyList<string>? tags) => (tags ?? []).Select(NormalizeTag).Distinct(StringComparer.Ordinal).ToList();

    public static string NormalizeTag(string? tag) => (tag ?? string.Empty).Trim().ToLowerInvariant();

    private static bool IsTag(string tag) => tag.Length is > 0 and <= 40 && tag.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static readonly HashSet<string> LanguageCodes =
        [.. CultureInfo.GetCultures(CultureTypes.NeutralCultures).Select(c => c.TwoLetterISOLanguageName).Where(c => c.Length == 2)];

    private static bool IsLanguageCode(string code) => code.Length == 2 && code.All(char.IsAsciiLetterLower) && LanguageCodes.Contains(code);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex HandlePattern();
}
