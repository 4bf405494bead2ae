using System.Globalization;
using System.Text.Json;
using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.BuildingBlocks.Http;

/// <summary>One field of a merge patch: left out (unchanged), or set — to a value, or to null (cleared).</summary>
public readonly record struct Patched<T>(bool IsSet, T? Value)
{
    public static Patched<T> Unchanged => default;

    /// <summary>The new value when set, else the current one.</summary>
    public T? Or(T? current) => IsSet ? Value : current;
}

/// <summary>
/// Reads a JSON merge patch (RFC 7396) field by field: a field left out stays as it is, null clears it. Every field that
/// cannot be read, and every field the resource does not have, is a field error — a typo is never silently ignored.
/// </summary>
public sealed class MergePatch
{
    private readonly JsonElement _document;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private MergePatch(JsonElement document, Validator validator)
    {
        _document = document;
        Errors = validator;
    }

    public Validator Errors { get; }

    /// <summary>The patch, or a field error on the body when it is not a JSON object.</summary>
    public static MergePatch Read(JsonElement body)
    {
        var validator = new Validator();
        if (body.ValueKind != JsonValueKind.Object)
        {
            validator.Add("body", FieldError.Unreadable("JSON object"));
        }

        return new MergePatch(body, validator);
    }

    public Patched<string> Text(string name) => Field(name, "string", e => e.ValueKind == JsonValueKind.String ? (true, e.GetString()) : (false, null));

    public Patched<Guid?> Id(string name) => Field<Guid?>(name, "id", e => e.ValueKind == JsonValueKind.String && Guid.TryParse(e.GetString(), out var id) ? (true, id) : (false, null));

    public Patched<DateOnly?> Date(string name) =>
        Field<DateOnly?>(name, "date (yyyy-mm-dd)", e => e.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? (true, date) : (false, null));

    public Patched<TEnum?> Choice<TEnum>(string name)
        where TEnum : struct, Enum =>
        Field<TEnum?>(name, string.Join(", ", Enum.GetNames<TEnum>()), e => e.ValueKind == JsonValueKind.String
            && Enum.TryParse<TEnum>(e.GetString(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(e.GetString(), out _)
            ? (true, value)
            : (false, null));

    public Patched<IReadOnlyList<string>> TextList(string name) =>
        Field<IReadOnlyList<string>>(name, "list of strings", e => e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
            ? (true, [.. e.EnumerateArray().Select(i => i.GetString()!)])
            : (false, null));

    /// <summary>Call after reading every field: whatever else the body holds is an error.</summary>
    public void RejectUnknownFields()
    {
        if (_document.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in _document.EnumerateObject().Where(p => !_known.Contains(p.Name)))
        {
            Errors.Add(property.Name, FieldError.Rule("unknown_field", "is not a field of this resource."));
        }
    }

    private Patched<T> Field<T>(string name, string expected, Func<JsonElement, (bool Ok, T? Value)> read)
    {
        _known.Add(name);
        if (_document.ValueKind != JsonValueKind.Object || !_document.TryGetProperty(name, out var element))
        {
            return Patched<T>.Unchanged;
        }

        if (element.ValueKind == JsonValueKind.Null)
        {
            return new Patched<T>(true, default);
        }

        var (ok, value) = read(element);
        if (!ok)
        {
            Errors.Add(name, FieldError.Unreadable(expected));
            return Patched<T>.Unchanged;
        }

        return new Patched<T>(true, value);
    }
}
