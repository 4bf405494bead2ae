using System.Text.Json;

namespace DigitalWorkplace.Identity.Scim;

/// <summary>One "attribute eq value" of a filter; the attribute in lower case, sub-attributes after a dot ("emails.value").</summary>
internal sealed record ScimCondition(string Attribute, string Value);

/// <summary>
/// The part of RFC 7644's filter grammar that directories send when they provision: <c>userName eq "x"</c>,
/// <c>externalId eq "x"</c>, <c>displayName eq "x"</c>, <c>emails[type eq "work"].value eq "x"</c>,
/// <c>members[value eq "id"]</c>, joined by <c>and</c>. Anything else is a 400 <c>invalidFilter</c>, never a guess.
/// </summary>
internal static class ScimFilter
{
    public const int MaxLength = 1000;

    public static Result<IReadOnlyList<ScimCondition>> Parse(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return Array.Empty<ScimCondition>();
        }

        if (filter.Length > MaxLength)
        {
            return Invalid("The filter is too long.");
        }

        var reader = new Reader(filter);
        var conditions = new List<ScimCondition>();
        while (true)
        {
            if (reader.Condition() is not { } condition)
            {
                return Invalid(reader.Problem ?? "The filter could not be read.");
            }

            conditions.Add(condition);
            reader.SkipSpaces();
            if (reader.AtEnd)
            {
                return conditions;
            }

            var word = reader.Word();
            if (!string.Equals(word, "and", StringComparison.OrdinalIgnoreCase))
            {
                return Invalid($"Only 'and' joins conditions here, not '{word}'.");
            }
        }
    }

    private static Error Invalid(string detail) => new(ErrorKind.Validation, "scim.invalidFilter", detail);

    private sealed class Reader(string text)
    {
        private int _at;

        public string? Problem { get; private set; }

        public bool AtEnd => _at >= text.Length;

        public void SkipSpaces()
        {
            while (!AtEnd && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }

        public string Word()
        {
            SkipSpaces();
            var start = _at;
            while (!AtEnd && !char.IsWhiteSpace(text[_at]) && text[_at] is not ('[' or ']' or '"'))
            {
                _at++;
            }

            return text[start.._at];
        }

        /// <summary>attrPath eq value, or attr[sub eq value] standing alone (a member test).</summary>
        public ScimCondition? Condition()
        {
            var path = Word();
            if (path.Length == 0)
            {
                return Fail("An attribute is missing.");
            }

            if (!AtEnd && text[_at] == '[')
            {
                _at++;
                var inner = Condition();
                SkipSpaces();
                if (inner is null || AtEnd || text[_at] != ']')
                {
                    return Fail("A '[' is not closed.");
                }

                _at++;
                if (!AtEnd && text[_at] == '.')
                {
                    // emails[type eq "work"].value eq "x": the selection narrows which e-mail; every person has one.
                    path = path + Word();
                }
                else
                {
                    return new ScimCondition($"{path}.{inner.Attribute}".ToLowerInvariant(), inner.Value);
                }
            }

            var op = Word();
            if (!string.Equals(op, "eq", StringComparison.OrdinalIgnoreCase))
            {
                return Fail($"Only the 'eq' operator is supported, not '{op}'.");
            }

            return Value() is { } value ? new ScimCondition(path.ToLowerInvariant(), value) : null;
        }

        private string? Value()
        {
            SkipSpaces();
            if (AtEnd)
            {
                return Fail<string>("A value is missing.");
            }

            if (text[_at] != '"')
            {
                var word = Word();
                return word is "true" or "false" ? word : Fail<string>("A value must be a quoted string.");
            }

            var start = _at++;
            while (!AtEnd && text[_at] != '"')
            {
                _at += text[_at] == '\\' ? 2 : 1;
            }

            if (AtEnd)
            {
                return Fail<string>("A quoted value is not closed.");
            }

            _at++;
            try
            {
                return JsonSerializer.Deserialize<string>(text[start.._at]);
            }
            catch (JsonException)
            {
                return Fail<string>("A quoted value has a bad escape.");
            }
        }

        private ScimCondition? Fail(string problem) => Fail<ScimCondition>(problem);

        private T? Fail<T>(string problem)
            where T : class
        {
            Problem ??= problem;
            return null;
        }
    }
}
