namespace DigitalWorkplace.BuildingBlocks.Results;

/// <summary>A request that checks its own input; the validation behaviour turns failures into a 400.</summary>
public interface IValidatable
{
    void Validate(Validator validator);
}

/// <summary>Collects every field's errors so a client learns all of them at once.</summary>
public sealed class Validator
{
    private readonly Dictionary<string, List<FieldError>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public Validator Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, FieldError.Required());
        }
        else
        {
            MaxLength(field, value, maxLength);
        }

        return this;
    }

    /// <summary>Also refuses what no text should hold: a NUL (PostgreSQL cannot store it) or half of a surrogate pair.</summary>
    public Validator MaxLength(string field, string? value, int maxLength)
    {
        if (value is null)
        {
            return this;
        }

        if (value.Length > maxLength)
        {
            Add(field, FieldError.TooLong(maxLength));
        }
        else if (!IsStorableText(value))
        {
            Add(field, FieldError.InvalidCharacters());
        }

        return this;
    }

    public Validator InRange(string field, int? value, int min, int max)
    {
        if (value is { } number && (number < min || number > max))
        {
            Add(field, FieldError.OutOfRange(min, max));
        }

        return this;
    }

    public Validator That(bool condition, string field, FieldError error)
    {
        if (!condition)
        {
            Add(field, error);
        }

        return this;
    }

    public void Add(string field, FieldError error)
    {
        if (!_errors.TryGetValue(field, out var errors))
        {
            _errors[field] = errors = [];
        }

        errors.Add(error);
    }

    private static bool IsStorableText(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    public Error ToError() => Error.Validation(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
}
